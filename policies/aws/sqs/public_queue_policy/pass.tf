terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sns_topic" "uploads" {
  name              = "uploads"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sqs_queue" "uploads" {
  name = "uploads"
}

# Only the uploads topic may deliver to the queue.
resource "aws_sqs_queue_policy" "uploads" {
  queue_url = aws_sqs_queue.uploads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "TopicSends"
        Effect    = "Allow"
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = "arn:aws:sqs:eu-west-1:111122223333:uploads"
        Condition = {
          ArnEquals = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:111122223333:uploads" }
        }
      }
    ]
  })
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::111122223333:role/job-worker"] }
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:jobs"
    }
  })
}
