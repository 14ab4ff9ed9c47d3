variable "encrypt" {
  type = bool
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = var.encrypt
}
