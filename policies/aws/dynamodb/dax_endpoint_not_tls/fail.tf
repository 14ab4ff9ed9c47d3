terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_dax_cluster" "catalog" { # plumb-test:expect
  cluster_name       = "catalog-cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax-catalog"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "prices" {
  cluster_name                     = "prices-cache"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax-prices"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "NONE" # plumb-test:expect
}
