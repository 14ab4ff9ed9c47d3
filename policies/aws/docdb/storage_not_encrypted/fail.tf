terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster" "profiles" { # plumb-test:expect
  cluster_identifier          = "profiles"
  engine                      = "docdb"
  master_username             = "profiles"
  manage_master_user_password = true
  backup_retention_period     = 7
}

resource "aws_docdb_cluster" "audit" {
  cluster_identifier          = "audit"
  engine                      = "docdb"
  master_username             = "audit"
  manage_master_user_password = true
  storage_encrypted           = false # plumb-test:expect
}
