terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "force_ssl" {
  type = string
}

variable "family" {
  type = string
}

resource "aws_db_parameter_group" "tenant" {
  name   = "tenant-pg13"
  family = "postgres13"

  parameter {
    name  = "rds.force_ssl"
    value = var.force_ssl
  }
}

resource "aws_db_parameter_group" "shared" {
  name   = "shared"
  family = var.family
}
