variable "name" { type = string }
variable "acl" { type = string }
variable "versioning" { type = bool }
variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

module "policy" {
  source    = "./policy"
  bucket_id = aws_s3_bucket.this.id
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
