terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events-archive"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "AWS_OWNED_CMK"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-delivery"
    bucket_arn = "arn:aws:s3:::acme-event-archive"
  }
}

# Reads an encrypted Kinesis data stream: server-side encryption is the source's.
resource "aws_kinesis_firehose_delivery_stream" "clicks" {
  name        = "clicks-archive"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:111122223333:stream/clicks"
    role_arn           = "arn:aws:iam::111122223333:role/firehose-source"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-delivery"
    bucket_arn = "arn:aws:s3:::acme-event-archive"
  }
}
