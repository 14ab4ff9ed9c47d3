terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "analysts" {
  name = "analysts"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.analysts.name]
}

resource "aws_iam_group_policy" "analysts_reports" {
  name  = "analysts-reports"
  group = aws_iam_group.analysts.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::example-reports/*"
    }]
  })
}

resource "aws_iam_group_policy_attachment" "analysts_readonly" {
  group      = aws_iam_group.analysts.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "billing" {
  name       = "billing-viewers"
  users      = []
  groups     = [aws_iam_group.analysts.name]
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
