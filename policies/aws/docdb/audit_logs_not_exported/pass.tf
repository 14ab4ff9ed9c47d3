terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  name   = "audited-docdb5"
  family = "docdb5.0"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "profiles" {
  cluster_identifier              = "profiles"
  engine                          = "docdb"
  master_username                 = "profiles"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}
