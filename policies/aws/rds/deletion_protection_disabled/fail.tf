terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "customers" { # plumb-test:expect
  identifier                  = "customers-db"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.m7g.large"
  allocated_storage           = 200
  username                    = "customers"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "aurora-mysql"
  master_username             = "ledger"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = false # plumb-test:expect
}
