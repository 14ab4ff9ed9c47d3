terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"

  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}
