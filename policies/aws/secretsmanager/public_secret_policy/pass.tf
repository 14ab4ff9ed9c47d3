terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_secretsmanager_secret" "partner_token" {
  name       = "prod/partner-token"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-1111-2222-3333-444455556666"
}

resource "aws_secretsmanager_secret_policy" "partner_token" {
  secret_arn          = aws_secretsmanager_secret.partner_token.arn
  block_public_policy = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PartnerReads"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:role/partner-sync" }
        Action    = "secretsmanager:GetSecretValue"
        Resource  = "*"
      }
    ]
  })
}
