terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "fn" {
  name = "thumbnailer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "fn_xray" {
  role       = aws_iam_role.fn.name
  policy_arn = "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"
}

resource "aws_lambda_function" "thumbnailer" {
  function_name = "thumbnailer"
  role          = aws_iam_role.fn.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "thumbnailer.zip"

  tracing_config {
    mode = "Active"
  }
}

resource "aws_lambda_function" "indexer" {
  function_name = "indexer"
  role          = aws_iam_role.fn.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "indexer.zip"

  tracing_config {
    mode = "Active"
  }
}
