terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "logs" {
  description         = "Application logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "api" { # plumb-test:expect
  name       = "/app/api"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/app/worker"
  retention_in_days = 0 # plumb-test:expect
  kms_key_id        = aws_kms_key.logs.arn
}
