terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ec2_image_block_public_access" "region" {
  state = "unblocked" # plumb-test:expect
}
