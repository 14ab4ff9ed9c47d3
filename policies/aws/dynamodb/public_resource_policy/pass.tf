terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_dynamodb_table" "partners" {
  name         = "partner-feed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "partner_id"

  attribute {
    name = "partner_id"
    type = "S"
  }
}

resource "aws_dynamodb_resource_policy" "partners" {
  resource_arn = aws_dynamodb_table.partners.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "OrganisationRead"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["dynamodb:GetItem", "dynamodb:Query"]
        Resource  = "arn:aws:dynamodb:eu-west-1:111122223333:table/partner-feed"
        Condition = {
          StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
        }
      }
    ]
  })
}
