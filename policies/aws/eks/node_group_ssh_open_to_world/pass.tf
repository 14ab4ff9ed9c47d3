terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "nodes" {
  name = "eks-nodes"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "SSH bastion"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_eks_node_group" "general" {
  cluster_name    = "platform"
  node_group_name = "general"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  remote_access {
    ec2_ssh_key               = "ops-2026"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

resource "aws_eks_node_group" "batch" {
  cluster_name    = "platform"
  node_group_name = "batch"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = ["subnet-0a1b2c3d4e5f60718"]

  scaling_config {
    desired_size = 0
    max_size     = 10
    min_size     = 0
  }
}
