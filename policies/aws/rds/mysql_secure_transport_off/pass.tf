terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_parameter_group" "shop" {
  name   = "shop-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "slow_query_log"
    value = "1"
  }

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "inventory" {
  name   = "inventory-amysql3"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# Aurora MySQL sets require_secure_transport at the cluster level: the instance group of
# the same cluster has nothing to say about it.
resource "aws_db_parameter_group" "inventory_instances" {
  name   = "inventory-amysql3-instances"
  family = "aurora-mysql8.0"

  parameter {
    name  = "performance_schema"
    value = "1"
  }
}

resource "aws_db_parameter_group" "reporting" {
  name   = "reporting-pg16"
  family = "postgres16"
}
