terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# CI assumes a role through GitHub's OIDC provider instead of holding a key.
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

resource "aws_iam_role" "ci" {
  name = "ci-publisher"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:example-org/app:ref:refs/heads/main" }
      }
    }]
  })
}

# A key kept only for an emergency, switched off until needed.
resource "aws_iam_user" "breakglass" {
  name = "breakglass-publisher"
}

resource "aws_iam_access_key" "breakglass" {
  user   = aws_iam_user.breakglass.name
  status = "Inactive"
}
