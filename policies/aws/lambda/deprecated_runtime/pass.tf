terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "fn" {
  name = "report-builder"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "report_builder" {
  function_name = "report-builder"
  role          = aws_iam_role.fn.arn
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "report_builder.zip"
}

# Container image functions have no runtime.
resource "aws_lambda_function" "renderer" {
  function_name = "renderer"
  role          = aws_iam_role.fn.arn
  package_type  = "Image"
  image_uri     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/renderer:1.6.0"
}
