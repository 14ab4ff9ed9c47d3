terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elasticache_cluster" "pages" { # plumb-test:expect
  cluster_id      = "pages"
  engine          = "memcached"
  engine_version  = "1.6.22"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_elasticache_cluster" "fragments" {
  cluster_id                 = "fragments"
  engine                     = "memcached"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = false # plumb-test:expect
}
