terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_secretsmanager_secret" "orders_db" {
  name       = "prod/orders_db"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

resource "aws_secretsmanager_secret_rotation" "orders_db" {
  secret_id           = aws_secretsmanager_secret.orders_db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-orders_db"

  rotation_rules {
    automatically_after_days = 180 # plumb-test:expect
  }
}

resource "aws_secretsmanager_secret" "reporting_db" {
  name       = "prod/reporting_db"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

resource "aws_secretsmanager_secret_rotation" "reporting_db" {
  secret_id           = aws_secretsmanager_secret.reporting_db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-reporting_db"

  rotation_rules {
    schedule_expression = "rate(120 days)" # plumb-test:expect
  }
}
