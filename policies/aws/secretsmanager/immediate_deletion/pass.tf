terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_secretsmanager_secret" "payments_api" {
  name                    = "prod/payments_api"
  kms_key_id              = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
  recovery_window_in_days = 14
}

resource "aws_secretsmanager_secret" "orders_db" {
  name       = "prod/orders_db"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}
