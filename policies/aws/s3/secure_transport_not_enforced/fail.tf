terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No bucket policy at all.
resource "aws_s3_bucket" "exports" { # plumb-test:expect
  bucket = "example-crm-exports"
}

# A policy, but nothing in it refuses plain HTTP.
resource "aws_s3_bucket" "reports" {
  bucket = "example-finance-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AnalyticsRead"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/analytics" }
        Action    = ["s3:GetObject", "s3:ListBucket"]
        Resource = [
          "arn:aws:s3:::example-finance-reports",
          "arn:aws:s3:::example-finance-reports/*",
        ]
      }
    ]
  })
}

# Old provider style: the policy on the bucket itself, with no TLS condition.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-share"
  policy = jsonencode({ # plumb-test:expect
    Version = "2012-10-17"
    Statement = {
      Sid       = "DenyUnencryptedUploads"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::example-legacy-share/*"
      Condition = {
        Null = { "s3:x-amz-server-side-encryption" = "true" }
      }
    }
  })
}
