variable "name" {
  type = string
}

variable "acl" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags = {
    Name = var.name
  }
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}

# Versioning lives in its own resource (AWS provider 4 and later); its bucket is the
# bucket's id, unknown until the bucket exists.
resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = "Suspended"
  }
}

output "bucket_id" {
  value = aws_s3_bucket.this.id
}
