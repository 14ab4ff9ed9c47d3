terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_policy" "ci" {
  name = "ci-pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:GetRole", "iam:PutRolePolicy", "iam:AttachRolePolicy"]
        Resource = "arn:aws:iam::111122223333:role/app/*"
      },
      {
        Effect   = "Allow"
        Action   = ["iam:CreateRole", "iam:AttachRolePolicy"]
        Resource = "*"
        Condition = {
          StringEquals = { "iam:PermissionsBoundary" = "arn:aws:iam::111122223333:policy/app-boundary" }
        }
      },
      {
        Effect   = "Allow"
        Action   = ["iam:List*", "iam:Get*"]
        Resource = "*"
      },
    ]
  })
}
