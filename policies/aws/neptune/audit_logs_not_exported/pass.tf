terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster_parameter_group" "audited" {
  name   = "audited-neptune1-3"
  family = "neptune1.3"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine                               = "neptune"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audited.name
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
}
