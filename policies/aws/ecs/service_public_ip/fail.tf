terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:eu-west-1:111122223333:cluster/apps"
  task_definition = "api:42"
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = true # plumb-test:expect
  }
}
