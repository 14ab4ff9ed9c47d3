terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_parameter_group" "reporting" {
  name   = "reporting-pg16"
  family = "postgres16"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_parameter_group" "legacy" {
  name   = "legacy-pg13"
  family = "postgres13"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "analytics" {
  name   = "analytics-apg15"
  family = "aurora-postgresql15"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }
}

# MySQL groups are not this rule's business.
resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql80"
  family = "mysql8.0"
}
