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
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name       = "agent"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/node-agent:3.2.0"
      memory     = 256
      essential  = true
      privileged = true
    }
  ])
}

variable "image_tag" {
  type = string
}

# The image tag is unknown, but the privileged flag is not: the finding stands.
resource "aws_ecs_task_definition" "sidecar" {
  family = "sidecar"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name       = "proxy"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/proxy:${var.image_tag}"
      memory     = 128
      privileged = true
    }
  ])
}
