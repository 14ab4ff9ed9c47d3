terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  snapshot_retention_limit   = 7
  snapshot_window            = "03:00-04:00"
}

resource "aws_elasticache_cluster" "queue" {
  cluster_id               = "queue"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 3
}

# Memcached cannot be backed up.
resource "aws_elasticache_cluster" "pages" {
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

# A read replica added to the sessions group: the group's setting applies.
resource "aws_elasticache_cluster" "sessions_extra" {
  cluster_id           = "sessions-extra"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}
