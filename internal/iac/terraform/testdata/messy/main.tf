# A root module the way real repositories grow: modules fed by tfvars, for_each over a map,
# and settings split over several resources.
terraform {
  required_version = ">= 1.5"
}

variable "buckets" {
  description = "Buckets to create, by short name"
  type = map(object({
    acl        = string
    versioning = optional(bool, true)
  }))
}

variable "env" {
  type    = string
  default = "dev"
}

variable "vpc_id" {} # no value anywhere: unknown

locals {
  prefix = "acme-${var.env}"
  tags = {
    Environment = var.env
    Owner       = "platform"
  }
}

module "storage" {
  source   = "./modules/storage"
  for_each = var.buckets

  name       = "${local.prefix}-${each.key}"
  acl        = each.value.acl
  versioning = each.value.versioning
  tags       = local.tags
}

module "net" {
  source = "./modules/net"
  vpc_id = var.vpc_id
  ports  = [22, 443]
}

resource "aws_s3_bucket" "legacy" {
  count  = 2
  bucket = "${local.prefix}-legacy-${count.index}"
  acl    = "private"

  versioning {
    enabled = count.index == 0
  }
}

data "aws_caller_identity" "me" {}

resource "aws_s3_bucket_policy" "legacy" {
  bucket = aws_s3_bucket.legacy[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = data.aws_caller_identity.me.account_id }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.legacy[0].arn}/*"
    }]
  })
}

output "bucket_ids" {
  value = { for k, m in module.storage : k => m.bucket_id }
}
