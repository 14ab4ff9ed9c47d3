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
  authorization_type = "AWS_IAM"

  cors {
    allow_origins = ["https://dashboard.example.com"]
    allow_methods = ["POST"]
  }
}
