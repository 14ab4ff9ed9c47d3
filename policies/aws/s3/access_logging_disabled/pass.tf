terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "payroll" {
  bucket = "example-payroll-exports"
}

resource "aws_s3_bucket_logging" "payroll" {
  bucket        = aws_s3_bucket.payroll.id
  target_bucket = "example-access-logs"
  target_prefix = "payroll/"
}

# Old provider style: logging declared on the bucket itself.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-archive"

  logging {
    target_bucket = "example-access-logs"
    target_prefix = "legacy/"
  }
}
