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
  deletion_window_in_days = 30
}

# Without the argument the provider waits 30 days.
resource "aws_kms_key" "reports" {
  description         = "Report exports"
  enable_key_rotation = true
}
