variable "prefix" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  count  = 2
  bucket = "${var.prefix}-logs-${count.index}"
}

resource "aws_s3_bucket" "data" {
  for_each = toset(["raw", "clean"])
  bucket   = "${var.prefix}-${each.key}"
}
