terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name   = "api"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.8.1"
      memory = 512
    }
  ])
}
