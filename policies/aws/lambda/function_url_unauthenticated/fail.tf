terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_function_url" "webhook" {
  function_name      = "stripe-webhook"
  authorization_type = "NONE" # plumb-test:expect
}
