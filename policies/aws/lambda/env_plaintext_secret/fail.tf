terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "stripe_api_key" {
  type      = string
  default   = "sk_test_plumbfixture0000000000" # plumb-test:expect
  sensitive = true
}

resource "aws_iam_role" "fn" {
  name = "checkout"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "checkout" {
  function_name = "checkout"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "checkout.handler"
  filename      = "checkout.zip"

  environment {
    variables = {
      LOG_LEVEL      = "info"
      DB_HOST        = "orders.cluster-abc123.eu-west-1.rds.amazonaws.com"
      DB_PASSWORD    = "Sup3r-Secret-Fixture" # plumb-test:expect
      STRIPE_API_KEY = var.stripe_api_key
    }
  }
}
