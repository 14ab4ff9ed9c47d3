# The Terraform that declares what TestSameRulesAsTerraform creates in moto: a bucket with
# a public-read ACL, versioning suspended and no public access block, and a security group
# that opens SSH to the world (with the egress rule AWS gives every new group).

resource "aws_s3_bucket" "open" {
  bucket = "plumb-open"
}

resource "aws_s3_bucket_acl" "open" {
  bucket = aws_s3_bucket.open.id
  acl    = "public-read"
}

resource "aws_s3_bucket_versioning" "open" {
  bucket = aws_s3_bucket.open.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_security_group" "ssh" {
  name        = "plumb-ssh"
  description = "SSH from anywhere"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
