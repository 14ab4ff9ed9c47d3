terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "website" {
  bucket = "example-website-assets"
  acl    = "private"
}

# ACLs disabled altogether: the bucket owner owns every object.
resource "aws_s3_bucket" "uploads" {
  bucket = "example-partner-uploads"
}

resource "aws_s3_bucket_ownership_controls" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# A grant to the log delivery group only.
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
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# Old provider style: a grant block on the bucket itself, to the log delivery group.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-logs"

  grant {
    type        = "Group"
    permissions = ["READ_ACP", "WRITE"]
    uri         = "http://acs.amazonaws.com/groups/s3/LogDelivery"
  }
}
