terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  engine              = "neptune"
  storage_encrypted   = true
  deletion_protection = true
}
