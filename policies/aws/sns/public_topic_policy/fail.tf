terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sns_topic" "price_updates" {
  name              = "price-updates"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_policy" "price_updates" {
  arn = aws_sns_topic.price_updates.arn
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AnyoneSubscribes"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["SNS:Subscribe", "SNS:Receive"]
        Resource  = "arn:aws:sns:eu-west-1:111122223333:price-updates"
      }
    ]
  })
}

resource "aws_sns_topic" "inbound" {
  name              = "partner-inbound"
  kms_master_key_id = "alias/aws/sns"
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = "*"
      Action    = "SNS:Publish"
      Resource  = "arn:aws:sns:eu-west-1:111122223333:partner-inbound"
    }
  })
}
