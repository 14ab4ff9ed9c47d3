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

resource "aws_iam_user_policy" "alice_reports" { # plumb-test:expect
  name = "alice-reports"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject"]
      Resource = "arn:aws:s3:::example-reports/*"
    }]
  })
}

resource "aws_iam_user_policy_attachment" "alice_readonly" { # plumb-test:expect
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "billing" {
  name       = "billing-viewers"
  users      = [aws_iam_user.alice.name] # plumb-test:expect
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
