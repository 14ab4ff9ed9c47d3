terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "app_data" {
  description             = "Application data"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "backups" {
  description              = "Backup vault"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = true
  rotation_period_in_days  = 180
}

# An asymmetric signing key cannot be rotated automatically.
resource "aws_kms_key" "release_signing" {
  description              = "Release artefact signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}
