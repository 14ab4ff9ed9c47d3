terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_secretsmanager_secret" "payments_api" { # plumb-test:expect
  name        = "prod/payments-api"
  description = "API key for the payment provider"
}
