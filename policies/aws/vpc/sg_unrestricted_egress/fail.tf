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

resource "aws_security_group" "worker" {
  name        = "batch-worker"
  description = "Batch workers"
  vpc_id      = aws_vpc.main.id

  egress {
    description      = "Anything, anywhere"
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"] # plumb-test:expect
    ipv6_cidr_blocks = ["::/0"]      # plumb-test:expect
  }
}

resource "aws_security_group" "api" {
  name        = "api"
  description = "API servers"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "api_egress" {
  type              = "egress"
  description       = "All outbound"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"] # plumb-test:expect
  security_group_id = aws_security_group.api.id
}

resource "aws_vpc_security_group_egress_rule" "api_egress_tcp" {
  security_group_id = aws_security_group.api.id
  description       = "All outbound TCP"
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv4         = "0.0.0.0/0" # plumb-test:expect
}

# Rules added to a group owned by another stack: judged on their own.
resource "aws_security_group_rule" "shared_egress" {
  type              = "egress"
  description       = "All outbound"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  ipv6_cidr_blocks  = ["::/0"] # plumb-test:expect
  security_group_id = "sg-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "shared_egress_v4" {
  security_group_id = "sg-0123456789abcdef0"
  description       = "All outbound"
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0" # plumb-test:expect
}
