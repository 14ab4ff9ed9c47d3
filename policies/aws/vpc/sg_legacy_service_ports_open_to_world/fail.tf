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
    description = "SMB and NetBIOS"
    from_port   = 135
    to_port     = 445
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # plumb-test:expect
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "legacy_ftp" {
  name        = "legacy-ftp"
  description = "Partner file drop"
  vpc_id      = aws_vpc.office.id
}

resource "aws_security_group_rule" "ftp" {
  type              = "ingress"
  description       = "FTP control"
  from_port         = 21
  to_port           = 21
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # plumb-test:expect
  security_group_id = aws_security_group.legacy_ftp.id
}

# A group owned by another stack: the rule is judged on its own.
resource "aws_vpc_security_group_ingress_rule" "vnc" {
  security_group_id = "sg-0a1b2c3d4e5f60718"
  description       = "VNC for the lab"
  ip_protocol       = "tcp"
  from_port         = 5900
  to_port           = 5900
  cidr_ipv6         = "::/0" # plumb-test:expect
}
