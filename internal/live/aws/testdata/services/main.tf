# The Terraform that declares what TestSameRulesForEveryService creates in moto, one
# resource of each collected kind, each misconfigured the way the live one is.

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 8
  encrypted         = false
}

resource "aws_instance" "web" {
  ami                         = "ami-12c6146b"
  instance_type               = "t3.micro"
  associate_public_ip_address = true

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }

  root_block_device {
    encrypted = false
  }
}

resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_policy" "everything" {
  name = "everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_access_key" "alice" {
  user = aws_iam_user.alice.name
}

resource "aws_iam_user_policy_attachment" "alice" {
  user       = aws_iam_user.alice.name
  policy_arn = aws_iam_policy.everything.arn
}

resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 8
  password_reuse_prevention = 3
}

resource "aws_db_instance" "db1" {
  identifier                          = "db1"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  username                            = "plumb"
  publicly_accessible                 = true
  storage_encrypted                   = false
  backup_retention_period             = 1
  deletion_protection                 = false
  iam_database_authentication_enabled = false
  auto_minor_version_upgrade          = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "plumb-trail"
  is_multi_region_trail      = false
  enable_log_file_validation = false
}
