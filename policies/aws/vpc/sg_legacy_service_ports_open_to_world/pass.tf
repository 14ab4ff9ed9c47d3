terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc" "office" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_security_group" "file_server" {
  name        = "file-server"
  description = "Windows file server"
  vpc_id      = aws_vpc.office.id

  ingress {
    description = "SMB from the office network only"
    from_port   = 445
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.0/16"]
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "sftp" {
  security_group_id = aws_security_group.file_server.id
  description       = "SFTP for partners"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "198.51.100.0/24"
}
