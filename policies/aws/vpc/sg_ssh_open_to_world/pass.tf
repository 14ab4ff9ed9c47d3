terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# SSH only from the corporate VPN range; HTTPS from anywhere.
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH from the VPN"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["198.51.100.0/24"]
  }

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "app_ssh" {
  type                     = "ingress"
  description              = "SSH from the bastion"
  from_port                = 22
  to_port                  = 22
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.bastion.id
  security_group_id        = aws_security_group.app.id
}

resource "aws_vpc_security_group_ingress_rule" "app_https_v6" {
  security_group_id = aws_security_group.app.id
  description       = "HTTPS over IPv6"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}

# A rule added to a group owned by another stack.
resource "aws_security_group_rule" "shared_ssh" {
  type              = "ingress"
  description       = "SSH from the VPN"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["198.51.100.0/24"]
  security_group_id = "sg-0123456789abcdef0"
}
