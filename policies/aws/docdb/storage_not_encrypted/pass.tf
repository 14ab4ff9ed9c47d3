terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB storage"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "profiles" {
  cluster_identifier          = "profiles"
  engine                      = "docdb"
  master_username             = "profiles"
  manage_master_user_password = true
  backup_retention_period     = 7
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.docdb.arn
}
