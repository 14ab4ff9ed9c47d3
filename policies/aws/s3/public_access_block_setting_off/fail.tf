terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "media" {
  bucket = "example-media-library"
}

resource "aws_s3_bucket_public_access_block" "media" {
  bucket                  = aws_s3_bucket.media.id
  block_public_acls       = true
  block_public_policy     = false # plumb-test:expect
  ignore_public_acls      = true
  restrict_public_buckets = false # plumb-test:expect
}

# An omitted setting is false.
resource "aws_s3_bucket" "exports" {
  bucket = "example-data-exports"
}

resource "aws_s3_bucket_public_access_block" "exports" { # plumb-test:expect
  bucket              = aws_s3_bucket.exports.id
  block_public_acls   = true
  block_public_policy = true
  ignore_public_acls  = true
}
