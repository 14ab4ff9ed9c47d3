terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_appsync_graphql_api" "catalogue" {
  name                 = "catalogue"
  authentication_type  = "AWS_IAM"
  introspection_config = "DISABLED"
}
