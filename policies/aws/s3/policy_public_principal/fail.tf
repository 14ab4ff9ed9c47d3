terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "downloads" {
  bucket = "example-public-downloads"
}

resource "aws_s3_bucket_policy" "downloads" {
  bucket = aws_s3_bucket.downloads.id
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PublicRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::example-public-downloads/*"
      }
    ]
  })
}

# Old provider style: the policy on the bucket itself, one statement rather than a list.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-share"
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["s3:GetObject", "s3:PutObject"]
      Resource  = "arn:aws:s3:::example-legacy-share/*"
    }
  })
}

# A JSON heredoc: the finding is reported on the policy line.
resource "aws_s3_bucket" "shared" {
  bucket = "example-shared-drop"
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = trimspace( # plumb-test:expect
    <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},
          "Action": "s3:PutObject",
          "Resource": "arn:aws:s3:::example-shared-drop/*"
        }
      ]
    }
    POLICY
  )
}
