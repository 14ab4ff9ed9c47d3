terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "events" { # plumb-test:expect
  name        = "events-archive"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-delivery"
    bucket_arn = "arn:aws:s3:::acme-event-archive"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "audit" {
  name        = "audit-archive"
  destination = "extended_s3"

  server_side_encryption {
    enabled = false # plumb-test:expect
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-delivery"
    bucket_arn = "arn:aws:s3:::acme-event-archive"
  }
}
