terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  backup_retention_period = 7
  storage_encrypted       = true
}
