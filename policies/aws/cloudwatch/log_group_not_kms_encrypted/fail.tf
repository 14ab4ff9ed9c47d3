terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_cloudwatch_log_group" "payments" { # plumb-test:expect
  name              = "/app/payments"
  retention_in_days = 365
}
