terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name      = "api"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:2.8.1"
      essential = true
      portMappings = [{ containerPort = 8080, protocol = "tcp" }]
    },
    {
      name                   = "log-router"
      image                  = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0"
      essential              = true
      readonlyRootFilesystem = true
    }
  ])
}
