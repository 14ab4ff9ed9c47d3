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
  authentication_type = "API_KEY" # plumb-test:expect
}

resource "aws_appsync_graphql_api" "inventory" {
  name                = "inventory"
  authentication_type = "AWS_IAM"

  additional_authentication_provider {
    authentication_type = "API_KEY" # plumb-test:expect
  }
}
