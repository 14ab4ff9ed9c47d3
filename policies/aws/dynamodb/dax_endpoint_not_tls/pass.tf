terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_dax_cluster" "catalog" {
  cluster_name                     = "catalog-cache"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax-catalog"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"

  server_side_encryption {
    enabled = true
  }
}
