terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_appsync_graphql_api" "catalogue" { # plumb-test:expect
  name                = "catalogue"
  authentication_type = "AWS_IAM"
}

resource "aws_appsync_graphql_api" "inventory" {
  name                 = "inventory"
  authentication_type  = "AWS_IAM"
  introspection_config = "ENABLED" # plumb-test:expect
}
