terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "buckets" {
  type = map(object({ acl = string }))
  default = {
    assets  = { acl = "public-read" }
    backups = { acl = "private" }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

module "net" {
  source = "./modules/net"
  count  = 1
  vpc_id = aws_vpc.main.id
}

module "storage" {
  source   = "./modules/storage"
  for_each = var.buckets
  name     = "plumb-example-${each.key}"
  acl      = each.value.acl
}

# Access logs land here; versioned, and TLS-only through a bucket policy.
resource "aws_s3_bucket" "logs" {
  count  = 2
  bucket = "plumb-example-logs-${count.index}"
}

resource "aws_s3_bucket_versioning" "logs" {
  count  = 2
  bucket = aws_s3_bucket.logs[count.index].id
  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::plumb-example-logs-0", "arn:aws:s3:::plumb-example-logs-0/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs[0].id
  policy = data.aws_iam_policy_document.tls_only.json
}

# The second log bucket's policy names the bucket by its ARN, which is known only after
# apply: the document is read at apply time, so the plan holds it as a data resource.
data "aws_iam_policy_document" "tls_only_1" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.logs[1].arn, "${aws_s3_bucket.logs[1].arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs_1" {
  bucket = aws_s3_bucket.logs[1].id
  policy = data.aws_iam_policy_document.tls_only_1.json
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = module.storage["assets"].bucket_id
  target_bucket = aws_s3_bucket.logs[1].id
  target_prefix = "assets/"
}

resource "aws_db_instance" "main" {
  identifier          = "plumb-example"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "plumb"
  password            = var.db_password
  skip_final_snapshot = true
}
