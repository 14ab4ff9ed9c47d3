terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Old provider style: the canned ACL written on the bucket itself.
resource "aws_s3_bucket" "website" {
  bucket = "example-website-assets"
  acl    = "public-read" # plumb-test:expect
}

# Provider 4+ style: the ACL in its own resource.
resource "aws_s3_bucket" "uploads" {
  bucket = "example-partner-uploads"
}

resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "uploads" {
  depends_on = [aws_s3_bucket_ownership_controls.uploads]
  bucket     = aws_s3_bucket.uploads.id
  acl        = "public-read-write" # plumb-test:expect
}

# An explicit grant to every AWS account holder.
resource "aws_s3_bucket" "reports" {
  bucket = "example-quarterly-reports"
}

data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket_acl" "reports" {
  bucket = aws_s3_bucket.reports.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # plumb-test:expect
      }
      permission = "READ"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Old provider style: a grant block on the bucket itself.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-share"

  grant {
    type        = "Group"
    permissions = ["READ"]
    uri         = "http://acs.amazonaws.com/groups/global/AllUsers" # plumb-test:expect
  }
}
