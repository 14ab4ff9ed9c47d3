terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "cache_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_user_group" "app" {
  engine        = "redis"
  user_group_id = "app-users"
  user_ids      = ["default-disabled", "app-writer"]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.cache_auth_token
}

resource "aws_elasticache_replication_group" "leaderboard" {
  replication_group_id       = "leaderboard"
  description                = "leaderboard cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}
