terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "fn" {
  name = "webhook"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "webhook" {
  function_name = "webhook"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "webhook.handler"
  filename      = "webhook.zip"
}

resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyoneToInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.webhook.function_name
  principal     = "*" # plumb-test:expect
}
