terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_policy" "data_team" {
  name = "data-team"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Storage"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::example-data-lake", "arn:aws:s3:::example-data-lake/*"]
      },
      {
        Sid      = "Queries"
        Effect   = "Allow"
        Action   = "athena:StartQueryExecution"
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_user" "etl" {
  name = "etl-loader"
}

resource "aws_iam_user_policy" "etl" {
  name = "etl-tables"
  user = aws_iam_user.etl.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow"
      Action   = "dynamodb:*"
      Resource = "arn:aws:dynamodb:eu-west-1:111122223333:table/etl-staging"
    }
  })
}
