# AWS provider 3: the encryption block is inline, its rule names no algorithm.
resource "aws_s3_bucket" "archive" {
  bucket = "example-archive"

  server_side_encryption_configuration {
    rule {
      bucket_key_enabled = true
    }
  }
}
