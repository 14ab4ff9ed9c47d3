module "storage" {
  source = "./modules/storage"
}

variable "public_ip" {
  type = bool
}

resource "aws_instance" "web" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    description = "ssh from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [
      "0.0.0.0/0",
      "::/0",
    ]
  }
}

resource "aws_s3_bucket" "data" { # plumb:ignore AWS-S3-002 versioning is handled by the nightly backup job
  bucket = "data"
}
