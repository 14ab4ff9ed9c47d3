terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster" "graph" { # plumb-test:expect
  cluster_identifier      = "graph"
  engine                  = "neptune"
  backup_retention_period = 7
}

resource "aws_neptune_cluster" "lineage" {
  cluster_identifier = "lineage"
  engine             = "neptune"
  storage_encrypted  = false # plumb-test:expect
}
