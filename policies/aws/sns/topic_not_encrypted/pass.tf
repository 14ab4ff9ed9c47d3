terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "messaging" {
  description         = "Messaging"
  enable_key_rotation = true
}

resource "aws_sns_topic" "order_events" {
  name              = "order-events"
  kms_master_key_id = aws_kms_key.messaging.arn
}

resource "aws_sns_topic" "ops_alerts" {
  name              = "ops-alerts"
  kms_master_key_id = "alias/aws/sns"
}
