terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length        = 14
  require_symbols                = true
  require_numbers                = true
  allow_users_to_change_password = true
  password_reuse_prevention      = 5 # plumb-test:expect
}

# A second example (an account holds one password policy; fixtures may show two): reuse
# prevention is not configured at all.
resource "aws_iam_account_password_policy" "minimal" { # plumb-test:expect
  minimum_password_length = 16
  max_password_age        = 90
}
