terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "root_mfa" {
  description = "Root user's MFA device serial and current code, as \"SERIAL CODE\"."
  type        = string
  default     = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"
}

resource "aws_s3_bucket" "audit" {
  bucket = "example-audit-evidence"
}

resource "aws_s3_bucket_versioning" "audit" {
  bucket = aws_s3_bucket.audit.id
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-archive"

  versioning {
    enabled    = true
    mfa_delete = true
  }
}
