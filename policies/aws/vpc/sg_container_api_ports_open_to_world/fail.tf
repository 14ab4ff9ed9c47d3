terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc" "build" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_security_group" "docker_hosts" {
  name        = "docker-hosts"
  description = "CI build hosts"
  vpc_id      = aws_vpc.build.id

  ingress {
    description      = "Docker remote API"
    from_port        = 2375
    to_port          = 2376
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # plumb-test:expect
  }
}

resource "aws_security_group_rule" "kubelet" {
  type              = "ingress"
  description       = "kubelet"
  from_port         = 10250
  to_port           = 10250
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # plumb-test:expect
  security_group_id = "sg-0a1b2c3d4e5f60718"
}
