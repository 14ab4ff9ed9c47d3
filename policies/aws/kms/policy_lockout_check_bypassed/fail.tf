terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "backups" {
  description                        = "Backup vault key"
  enable_key_rotation                = true
  bypass_policy_lockout_safety_check = true # plumb-test:expect
}

resource "aws_kms_key" "exports" {
  description         = "Data exports"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "exports" {
  key_id                             = aws_kms_key.exports.id
  bypass_policy_lockout_safety_check = true # plumb-test:expect
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/exporter" }
      Action    = "kms:*"
      Resource  = "*"
    }
  })
}
