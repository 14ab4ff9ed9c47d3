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
  runtime       = "python3.8" # plumb-test:expect
  filename      = "report_builder.zip"
}

resource "aws_lambda_function" "thumbnailer" {
  function_name = "thumbnailer"
  role          = aws_iam_role.fn.arn
  handler       = "index.handler"
  runtime       = "nodejs16.x" # plumb-test:expect
  filename      = "thumbnailer.zip"
}
