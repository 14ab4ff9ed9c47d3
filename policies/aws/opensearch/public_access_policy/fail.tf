terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  access_policies = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "es:*"
        Resource  = "arn:aws:es:eu-west-1:111122223333:domain/logs/*"
      }
    ]
  })
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_type  = "r6g.large.elasticsearch"
    instance_count = 3
  }
}

resource "aws_elasticsearch_domain_policy" "legacy" {
  domain_name = aws_elasticsearch_domain.legacy.domain_name
  access_policies = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = "*"
      Action    = "es:ESHttpGet"
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/legacy/*"
    }
  })
}
