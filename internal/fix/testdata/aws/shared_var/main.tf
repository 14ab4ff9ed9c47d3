variable "protect" {
  type = bool
}

# One switch for both: turning it on for the file system would turn on the other too.
resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = var.protect
}

resource "aws_dynamodb_table" "jobs" {
  name                        = "jobs"
  hash_key                    = "id"
  billing_mode                = "PAY_PER_REQUEST"
  deletion_protection_enabled = var.protect

  attribute {
    name = "id"
    type = "S"
  }
}
