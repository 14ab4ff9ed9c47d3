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

# The AWS defaults written out: members talk to each other, anything goes out.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # plumb-test:expect
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # plumb-test:expect
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
