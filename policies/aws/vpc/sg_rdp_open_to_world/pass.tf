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

resource "aws_security_group" "windows" {
  name        = "windows-jump"
  description = "Windows jump hosts"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "Remote Desktop from the VPN"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["10.8.0.0/16"]
  }
}

resource "aws_security_group" "reporting" {
  name        = "reporting"
  description = "Reporting servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "reporting_rdp" {
  type              = "ingress"
  description       = "Remote Desktop for the vendor"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["203.0.113.10/32"]
  security_group_id = aws_security_group.reporting.id
}

resource "aws_vpc_security_group_ingress_rule" "reporting_https" {
  security_group_id = aws_security_group.reporting.id
  description       = "Dashboards over HTTPS"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# A rule added to a group owned by another stack.
resource "aws_vpc_security_group_ingress_rule" "shared_rdp" {
  security_group_id = "sg-0123456789abcdef0"
  description       = "Remote Desktop from the VPN"
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_ipv4         = "10.8.0.0/16"
}
