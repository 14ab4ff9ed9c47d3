terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_docdb_cluster_parameter_group" "legacy" {
  name   = "legacy-docdb4"
  family = "docdb4.0"

  parameter {
    name  = "tls"
    value = "disabled" # plumb-test:expect
  }

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}
