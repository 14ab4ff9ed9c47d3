terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kinesis_stream" "clicks" { # plumb-test:expect
  name            = "clicks"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "orders" {
  name             = "orders"
  shard_count      = 2
  retention_period = 72 # plumb-test:expect
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
}
