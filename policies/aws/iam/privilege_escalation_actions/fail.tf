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
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["iam:GetRole", "iam:PutRolePolicy", "iam:AttachRolePolicy"]
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_user" "support" {
  name = "support-bot"
}

resource "aws_iam_user_policy" "support" {
  name = "support-keys"
  user = aws_iam_user.support.name
  policy = jsonencode({ # plumb-test:expect
    Version   = "2012-10-17"
    Statement = { Effect = "Allow", Action = "iam:Create*", Resource = "*" }
  })
}
