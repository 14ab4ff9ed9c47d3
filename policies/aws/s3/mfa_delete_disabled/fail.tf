terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "audit" {
  bucket = "example-audit-evidence"
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled" # plumb-test:expect
  }
}

# Old provider style: versioning on the bucket itself, MFA delete left at its default (off).
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-archive"

  versioning { # plumb-test:expect
    enabled = true
  }
}
