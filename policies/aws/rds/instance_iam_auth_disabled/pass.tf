terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "inventory" {
  identifier                          = "inventory-db"
  engine                              = "mysql"
  engine_version                      = "8.0"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "inventory"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "search" {
  identifier                          = "search-db"
  engine                              = "postgres"
  engine_version                      = "16.3"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "search"
  manage_master_user_password         = true
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

# SQL Server does not support IAM database authentication.
resource "aws_db_instance" "erp" {
  identifier                  = "erp-db"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m6i.xlarge"
  allocated_storage           = 200
  username                    = "erp_admin"
  manage_master_user_password = true
  storage_encrypted           = true
}
