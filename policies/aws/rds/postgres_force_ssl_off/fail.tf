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

  parameter {
    name  = "rds.force_ssl"
    value = "0" # plumb-test:expect
  }
}

# A PostgreSQL 13 group that never mentions rds.force_ssl keeps the old default of 0.
resource "aws_db_parameter_group" "legacy" { # plumb-test:expect
  name   = "legacy-pg13"
  family = "postgres13"

  parameter {
    name  = "log_connections"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "analytics" {
  name   = "analytics-apg15"
  family = "aurora-postgresql15"

  parameter {
    name         = "rds.force_ssl"
    value        = 0 # plumb-test:expect
    apply_method = "pending-reboot"
  }
}
