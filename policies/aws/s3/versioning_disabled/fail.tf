terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No versioning configured at all.
resource "aws_s3_bucket" "artifacts" { # plumb-test:expect
  bucket = "example-build-artifacts"
}

# Versioning suspended in its own resource.
resource "aws_s3_bucket" "documents" {
  bucket = "example-signed-documents"
}

resource "aws_s3_bucket_versioning" "documents" {
  bucket = aws_s3_bucket.documents.id
  versioning_configuration {
    status = "Suspended" # plumb-test:expect
  }
}

# Old provider style: versioning switched off on the bucket itself.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-archive"

  versioning {
    enabled = false # plumb-test:expect
  }
}
