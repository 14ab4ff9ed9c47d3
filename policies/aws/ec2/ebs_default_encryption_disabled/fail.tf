terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = false # plumb-test:expect
}
