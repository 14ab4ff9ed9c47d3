terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ami_launch_permission" "golden_public" {
  image_id = "ami-0c1d2e3f4a5b6c7d8"
  group    = "all" # plumb-test:expect
}
