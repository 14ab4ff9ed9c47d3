terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "orders" { # plumb-test:expect
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.07.1"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 3 # plumb-test:expect
  preferred_backup_window     = "01:00-02:00"
}
