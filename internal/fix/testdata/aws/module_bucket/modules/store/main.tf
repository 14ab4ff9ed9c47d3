variable "name" {
  type = string
}

# The bucket the module stores into.
resource "aws_s3_bucket" "this" {
  bucket = var.name
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
