terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "accounts" { # plumb-test:expect
  identifier                  = "accounts"
  engine                      = "mysql"
  engine_version              = "8.0.39"
  instance_class              = "db.r6g.large"
  allocated_storage           = 200
  username                    = "accounts"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_db_instance" "payments" {
  identifier                  = "payments"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.xlarge"
  allocated_storage           = 500
  username                    = "payments"
  manage_master_user_password = true
  storage_encrypted           = true
  multi_az                    = false # plumb-test:expect
}
