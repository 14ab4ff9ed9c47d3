variable "name" { type = string }
variable "public" { type = bool }
variable "versioning" { type = bool }
variable "tags" { type = map(string) }

# The content bucket; its settings live in the bucket module below and in this file.
module "content" {
  source = "../bucket"
  name   = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_acl" "content" {
  bucket = module.content.id
  acl    = var.public ? "public-read" : "private"
}

resource "aws_s3_bucket_versioning" "content" {
  bucket = module.content.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

output "bucket_id" {
  value = module.content.id
}
