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

resource "aws_security_group" "control_plane" {
  name        = "control-plane"
  description = "Kubernetes control plane"
  vpc_id      = aws_vpc.build.id
}

resource "aws_security_group" "nodes" {
  name        = "nodes"
  description = "Kubernetes nodes"
  vpc_id      = aws_vpc.build.id

  ingress {
    description = "HTTPS ingress"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "kubelet_from_control_plane" {
  security_group_id            = aws_security_group.nodes.id
  description                  = "kubelet from the control plane"
  ip_protocol                  = "tcp"
  from_port                    = 10250
  to_port                      = 10250
  referenced_security_group_id = aws_security_group.control_plane.id
}
