# What the code declares for the region that TestAWSDriftAgainstTerraform creates in moto.
resource "aws_s3_bucket" "site" {
  bucket = "against-site"
  tags = {
    team = "web"
  }
}

resource "aws_s3_bucket_versioning" "site" {
  bucket = aws_s3_bucket.site.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "web" {
  name        = "against-web"
  description = "web front"

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
