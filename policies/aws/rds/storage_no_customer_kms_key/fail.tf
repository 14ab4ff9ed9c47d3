terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "crm" { # plumb-test:expect
  identifier                  = "crm"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  allocated_storage           = 50
  username                    = "crm"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster" "events" { # plumb-test:expect
  cluster_identifier          = "events"
  engine                      = "aurora-postgresql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
}
