terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "payments" {
  description             = "Payment tokens"
  enable_key_rotation     = true
  deletion_window_in_days = 7 # plumb-test:expect
}
