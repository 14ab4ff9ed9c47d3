terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name   = "web"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/web:latest"
      memory = 512
    },
    {
      name   = "proxy"
      image  = "registry.example.com:5000/edge/envoy"
      memory = 128
    }
  ])
}
