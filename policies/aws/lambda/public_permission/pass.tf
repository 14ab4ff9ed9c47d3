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

resource "aws_apigatewayv2_api" "webhook" {
  name          = "webhook"
  protocol_type = "HTTP"
}

resource "aws_lambda_permission" "api" {
  statement_id  = "AllowApiGatewayInvoke"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.webhook.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.webhook.execution_arn}/*/*"
}

# Any principal, but only from inside the organisation.
resource "aws_lambda_permission" "organisation" {
  statement_id     = "AllowOrganisationInvoke"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.webhook.function_name
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}
