terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "orders" { # plumb-test:expect
  identifier                  = "orders-db"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "orders_admin"
  manage_master_user_password = true
  backup_retention_period     = 7
  skip_final_snapshot         = false
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting-db"
  engine                      = "mysql"
  engine_version              = "8.0"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "reporting"
  manage_master_user_password = true
  storage_encrypted           = false # plumb-test:expect
}
