terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "secrets" {
  description         = "Application secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "payments_api" {
  name        = "prod/payments-api"
  description = "API key for the payment provider"
  kms_key_id  = aws_kms_key.secrets.arn
}
