terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "app_data" { # plumb-test:expect
  description             = "Application data"
  deletion_window_in_days = 30
}

resource "aws_kms_key" "backups" {
  description              = "Backup vault"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # plumb-test:expect
}
