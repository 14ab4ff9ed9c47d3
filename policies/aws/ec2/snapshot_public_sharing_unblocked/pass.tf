terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ebs_snapshot_block_public_access" "region" {
  state = "block-all-sharing"
}
