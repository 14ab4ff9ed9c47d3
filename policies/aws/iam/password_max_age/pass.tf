terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length   = 14
  require_symbols           = true
  password_reuse_prevention = 24
  max_password_age          = 90
}
