terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "statements" {
  bucket = "example-account-statements"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "statements" {
  bucket = aws_s3_bucket.statements.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # plumb-test:expect
    }
  }
}

# Old provider style: encryption declared on the bucket itself.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-archive"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256" # plumb-test:expect
      }
    }
  }
}
