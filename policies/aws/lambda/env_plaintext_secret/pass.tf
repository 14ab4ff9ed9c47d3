terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_secretsmanager_secret" "db" {
  name = "checkout/db-password"
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

resource "aws_iam_role_policy" "fn_secrets" {
  name = "read-checkout-secrets"
  role = aws_iam_role.fn.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "secretsmanager:GetSecretValue"
      Resource = aws_secretsmanager_secret.db.arn
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
      LOG_LEVEL              = "info"
      DB_HOST                = "orders.cluster-abc123.eu-west-1.rds.amazonaws.com"
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn
      STRIPE_API_KEY_PARAM   = "/checkout/stripe/api-key"
      TOKEN_CACHE_ENABLED    = "true"
      TOKENIZER_MODEL        = "bert-base-uncased"
      PASSWORD_MIN_LENGTH    = "12"
    }
  }
}
