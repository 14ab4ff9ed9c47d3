terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "partner_access" {
  name = "partner-access"
  assume_role_policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { AWS = "*" }
      }
    ]
  })
}

resource "aws_iam_role" "shared_reader" {
  name               = "shared-reader"
  assume_role_policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\"}]}" # plumb-test:expect
}
