terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_configuration" "app" {
  name_prefix                 = "app-"
  image_id                    = "ami-0c1d2e3f4a5b6c7d8"
  instance_type               = "t3.large"
  associate_public_ip_address = false
}

# Left out, the subnet's map_public_ip_on_launch decides (judged on the subnet).
resource "aws_launch_configuration" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.large"
}
