terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "catalog" { # plumb-test:expect
  cluster_identifier          = "catalog"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "catalog"
  manage_master_user_password = true
  backup_retention_period     = 7
}

resource "aws_rds_cluster" "metrics" {
  cluster_identifier          = "metrics"
  engine                      = "aurora-mysql"
  master_username             = "metrics"
  manage_master_user_password = true
  storage_encrypted           = false # plumb-test:expect
}
