terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "backup" {
  description         = "Backup vaults"
  enable_key_rotation = true
}

resource "aws_backup_vault" "daily" {
  name        = "daily"
  kms_key_arn = aws_kms_key.backup.arn
}
