terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "edge" {
  family = "edge"
  container_definitions = jsonencode([
    {
      name   = "edge"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/edge:3.3.0"
      memory = 256
      linuxParameters = {
        capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] }
      }
    }
  ])
}
