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
  authentication_type = "AMAZON_COGNITO_USER_POOLS"

  user_pool_config {
    aws_region     = "eu-west-1"
    default_action = "ALLOW"
    user_pool_id   = "eu-west-1_AbCdEfGhI"
  }

  additional_authentication_provider {
    authentication_type = "AWS_IAM"
  }
}
