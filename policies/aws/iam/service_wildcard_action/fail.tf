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
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "Storage"
        Effect   = "Allow"
        Action   = ["s3:*", "athena:StartQueryExecution"]
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
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow"
      Action   = "dynamodb:*"
      Resource = "*"
    }
  })
}
