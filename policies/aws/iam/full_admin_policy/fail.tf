terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_policy" "ops" {
  name        = "ops-everything"
  description = "Convenience policy for the operations team"
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "*"
        Resource = "*"
      }
    ]
  })
}

resource "aws_iam_role" "deployer" {
  name = "ci-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "deployer" {
  name = "deploy-anything"
  role = aws_iam_role.deployer.id
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow"
      Action   = ["*"]
      Resource = ["*"]
    }
  })
}

resource "aws_iam_group" "admins" {
  name = "admins"
}

resource "aws_iam_group_policy" "admins" {
  name  = "admins-inline"
  group = aws_iam_group.admins.name
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadLogs"
        Effect   = "Allow"
        Action   = ["logs:GetLogEvents", "logs:FilterLogEvents"]
        Resource = "arn:aws:logs:eu-west-1:111122223333:log-group:/app/*"
      },
      {
        Sid      = "Everything"
        Effect   = "Allow"
        Action   = ["*"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role" "legacy" {
  name = "legacy-batch"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "batch.amazonaws.com" }
    }]
  })

  inline_policy {
    name = "legacy-all"
    policy = jsonencode({ # plumb-test:expect
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
    })
  }
}
