terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "profiles" { # plumb-test:expect
  cluster_identifier          = "profiles"
  engine                      = "aurora-postgresql"
  master_username             = "profiles"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "carts" {
  cluster_identifier                  = "carts"
  engine                              = "aurora-mysql"
  master_username                     = "carts"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = false # plumb-test:expect
}
