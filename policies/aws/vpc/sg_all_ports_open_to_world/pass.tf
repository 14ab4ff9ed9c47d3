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

resource "aws_security_group" "debug" {
  name        = "debug"
  description = "Temporary debugging access"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "Everything from inside the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "legacy" {
  name        = "legacy"
  description = "Lift-and-shift servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "legacy_https" {
  type              = "ingress"
  description       = "HTTPS"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.legacy.id
}

resource "aws_vpc_security_group_ingress_rule" "legacy_https_v6" {
  security_group_id = aws_security_group.legacy.id
  description       = "HTTPS over IPv6"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}

# Rules added to a group owned by another stack.
resource "aws_security_group_rule" "shared_all" {
  type              = "ingress"
  description       = "Everything from inside the VPC"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = "sg-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "shared_https_v6" {
  security_group_id = "sg-0123456789abcdef0"
  description       = "HTTPS over IPv6"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}
