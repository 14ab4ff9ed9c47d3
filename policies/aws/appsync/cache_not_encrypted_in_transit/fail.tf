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

resource "aws_appsync_api_cache" "catalogue" { # plumb-test:expect
  api_id               = aws_appsync_graphql_api.catalogue.id
  api_caching_behavior = "FULL_REQUEST_CACHING"
  type                 = "SMALL"
  ttl                  = 300
  at_rest_encryption_enabled = true
}

resource "aws_appsync_graphql_api" "inventory" {
  name                = "inventory"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_api_cache" "inventory" {
  api_id               = aws_appsync_graphql_api.inventory.id
  api_caching_behavior = "PER_RESOLVER_CACHING"
  type                 = "SMALL"
  ttl                  = 60
  transit_encryption_enabled = false # plumb-test:expect
}
