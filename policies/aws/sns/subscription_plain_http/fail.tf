terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "partner_webhook" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "http" # plumb-test:expect
  endpoint  = "http://hooks.partner.example/orders"
}
