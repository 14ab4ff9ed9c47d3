terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "billing" {
  family = "billing"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name   = "billing"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/billing:1.19.0"
      memory = 512
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "STRIPE_API_KEY", value = "billing-demo-not-a-real-key-7f3a9c" },
      ]
    }
  ])
}
