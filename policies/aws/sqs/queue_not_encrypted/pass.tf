terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "queues" {
  description         = "Queue messages"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "invoices" {
  name                       = "invoices"
  visibility_timeout_seconds = 120
  sqs_managed_sse_enabled    = true
}

resource "aws_sqs_queue" "payouts" {
  name                              = "payouts"
  kms_master_key_id                 = aws_kms_key.queues.arn
  kms_data_key_reuse_period_seconds = 300
}

# Without either setting, SQS encrypts new queues with SSE-SQS.
resource "aws_sqs_queue" "thumbnails" {
  name = "thumbnails"
}
