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
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id       = "leaderboard"
  description                = "leaderboard cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  engine                     = "valkey"
  transit_encryption_enabled = true
}
