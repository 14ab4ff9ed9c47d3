terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_backup_vault" "daily" { # plumb-test:expect
  name = "daily"
}
