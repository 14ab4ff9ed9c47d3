terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "crm" {
  identifier                  = "crm-db"
  engine                      = "postgres"
  engine_version              = "15.7"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "crm"
  manage_master_user_password = true
  storage_encrypted           = true
  auto_minor_version_upgrade  = true
  maintenance_window          = "sun:03:00-sun:04:00"
}

resource "aws_rds_cluster" "audit" {
  cluster_identifier          = "audit"
  engine                      = "aurora-postgresql"
  master_username             = "audit"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_rds_cluster_instance" "audit_1" {
  identifier         = "audit-1"
  cluster_identifier = aws_rds_cluster.audit.id
  engine             = aws_rds_cluster.audit.engine
  instance_class     = "db.r6g.large"
}
