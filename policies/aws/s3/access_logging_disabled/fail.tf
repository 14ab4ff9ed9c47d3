terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "payroll" { # plumb-test:expect
  bucket = "example-payroll-exports"
}

resource "aws_s3_bucket_public_access_block" "payroll" {
  bucket                  = aws_s3_bucket.payroll.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
