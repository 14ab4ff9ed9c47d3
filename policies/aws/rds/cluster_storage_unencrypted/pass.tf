terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "aurora" {
  description         = "Aurora storage"
  enable_key_rotation = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "catalog"
  manage_master_user_password = true
  backup_retention_period     = 7
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.aurora.arn
}

resource "aws_rds_cluster" "metrics" {
  cluster_identifier          = "metrics"
  engine                      = "aurora-mysql"
  master_username             = "metrics"
  manage_master_user_password = true
  storage_encrypted           = true
}
