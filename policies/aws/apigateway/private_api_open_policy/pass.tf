terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_api_gateway_rest_api" "payroll" {
  name = "payroll-internal"

  endpoint_configuration {
    types = ["PRIVATE"]
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0a1b2c3d4e5f60718" } }
    }]
  })
}

# A regional (public) API is meant to be called by anyone; its policy is not judged here.
resource "aws_api_gateway_rest_api" "storefront" {
  name = "storefront"

  endpoint_configuration {
    types = ["REGIONAL"]
  }

  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*" }]
  })
}
