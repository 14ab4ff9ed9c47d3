terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_configuration" "bastion" {
  name_prefix                 = "bastion-"
  image_id                    = "ami-0c1d2e3f4a5b6c7d8"
  instance_type               = "t3.nano"
  associate_public_ip_address = true # plumb-test:expect
}
