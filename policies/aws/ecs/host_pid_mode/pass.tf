terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "profiler" {
  family   = "profiler"
  pid_mode = "task"
  container_definitions = jsonencode([
    {
      name   = "profiler"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/profiler:0.9.3"
      memory = 256
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name   = "worker"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:5.0.0"
      memory = 512
    }
  ])
}
