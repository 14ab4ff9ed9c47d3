terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
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
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/log-shipper" }
      Action    = ["es:ESHttpPost", "es:ESHttpPut"]
      Resource  = "arn:aws:es:eu-west-1:111122223333:domain/legacy/*"
    }
  })
}
