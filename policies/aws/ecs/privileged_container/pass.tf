terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "agent" {
  family                   = "node-agent"
  requires_compatibilities = ["EC2"]
  container_definitions = jsonencode([
    {
      name       = "agent"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/node-agent:3.2.0"
      memory     = 256
      essential  = true
      privileged = false
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
      }
    }
  ])
}

variable "privileged" {
  type = bool
}

# Unknown before apply: not judged.
resource "aws_ecs_task_definition" "sidecar" {
  family = "sidecar"
  container_definitions = jsonencode([
    {
      name       = "proxy"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/proxy:1.4"
      memory     = 128
      privileged = var.privileged
    }
  ])
}
