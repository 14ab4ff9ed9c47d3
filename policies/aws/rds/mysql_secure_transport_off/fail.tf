terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_parameter_group" "shop" { # plumb-test:expect
  name   = "shop-mysql80"
  family = "mysql8.0"

  parameter {
    name  = "slow_query_log"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "inventory" {
  name   = "inventory-amysql3"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "OFF" # plumb-test:expect
  }
}

resource "aws_db_parameter_group" "wiki" { # plumb-test:expect
  name   = "wiki-mariadb"
  family = "mariadb10.11"
}
