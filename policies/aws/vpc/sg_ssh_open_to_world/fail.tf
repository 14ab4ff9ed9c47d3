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

# SSH open in an inline ingress block.
resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Bastion host"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # plumb-test:expect
  }
}

# SSH open through separate rule resources, old and new style.
resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "app_ssh" {
  type              = "ingress"
  description       = "Operators"
  from_port         = 20
  to_port           = 25
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # plumb-test:expect
  security_group_id = aws_security_group.app.id
}

resource "aws_vpc_security_group_ingress_rule" "app_ssh_v6" {
  security_group_id = aws_security_group.app.id
  description       = "Operators over IPv6"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = "::/0" # plumb-test:expect
}

# A rule added to a group owned by another stack: judged on its own.
resource "aws_security_group_rule" "shared_ssh" {
  type              = "ingress"
  description       = "Break-glass SSH"
  from_port         = 22
  to_port           = 22
  protocol          = "TCP"
  cidr_blocks       = ["0.0.0.0/0"] # plumb-test:expect
  security_group_id = "sg-0123456789abcdef0"
}
