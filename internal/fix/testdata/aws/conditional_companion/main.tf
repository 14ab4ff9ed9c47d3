variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "this" {
  bucket = "example-reports"
}

# Encryption only when asked for: a second, unconditional companion would fight this one.
resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  count  = var.encrypt ? 1 : 0
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
