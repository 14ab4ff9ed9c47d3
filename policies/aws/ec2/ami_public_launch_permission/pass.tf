terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ami_launch_permission" "golden_to_prod" {
  image_id   = "ami-0c1d2e3f4a5b6c7d8"
  account_id = "444455556666"
}

resource "aws_ami_launch_permission" "golden_to_org" {
  image_id         = "ami-0c1d2e3f4a5b6c7d8"
  organization_arn = "arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"
}
