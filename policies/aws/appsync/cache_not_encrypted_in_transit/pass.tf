terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_appsync_graphql_api" "catalogue" {
  name                = "catalogue"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_api_cache" "catalogue" {
  api_id                     = aws_appsync_graphql_api.catalogue.id
  api_caching_behavior       = "FULL_REQUEST_CACHING"
  type                       = "SMALL"
  ttl                        = 300
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
