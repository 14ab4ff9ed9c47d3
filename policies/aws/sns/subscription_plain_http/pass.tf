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
  protocol  = "https"
  endpoint  = "https://hooks.partner.example/orders"
}

resource "aws_sns_topic_subscription" "worker" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = "arn:aws:sqs:eu-west-1:111122223333:order-worker"
}
