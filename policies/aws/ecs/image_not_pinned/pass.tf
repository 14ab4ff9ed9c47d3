terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "web_tag" {
  type = string
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name   = "web"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:2026.11.3"
      memory = 512
    },
    {
      name   = "proxy"
      image  = "registry.example.com:5000/edge/envoy@sha256:4c9e8d5f0b7a3e21d6c8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0"
      memory = 128
    },
    {
      name   = "worker"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:${var.web_tag}"
      memory = 256
    }
  ])
}
