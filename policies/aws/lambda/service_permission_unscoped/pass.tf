terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_caller_identity" "current" {}

resource "aws_iam_role" "fn" {
  name = "ingest"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_lambda_function" "ingest" {
  function_name = "ingest"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "ingest.handler"
  filename      = "ingest.zip"
}

resource "aws_s3_bucket" "landing" {
  bucket = "example-ingest-landing"
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "ingest-nightly"
  schedule_expression = "cron(0 2 * * ? *)"
}

resource "aws_lambda_permission" "from_s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.ingest.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.landing.arn
  source_account = data.aws_caller_identity.current.account_id
}

resource "aws_lambda_permission" "from_events" {
  statement_id  = "AllowEventBridgeInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.ingest.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.nightly.arn
}
