terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_backup_vault" "shared" {
  name        = "shared"
  kms_key_arn = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

resource "aws_backup_vault_policy" "shared" {
  backup_vault_name = aws_backup_vault.shared.name
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "CopyIn"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["backup:CopyIntoBackupVault"]
        Resource  = "*"
      }
    ]
  })
}
