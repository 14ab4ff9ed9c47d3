variable "storage_encrypted" {
  type = bool
}

resource "aws_db_instance" "this" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.storage_encrypted
}
