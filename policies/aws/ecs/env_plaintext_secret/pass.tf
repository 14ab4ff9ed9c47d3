terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "billing" {
  family             = "billing"
  execution_role_arn = "arn:aws:iam::111122223333:role/billing-task-execution"
  container_definitions = jsonencode([
    {
      name   = "billing"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/billing:1.19.0"
      memory = 512
      environment = [
        { name = "LOG_LEVEL", value = "info" },
        { name = "STRIPE_API_KEY_ARN", value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:billing/stripe-AbCdEf" },
        { name = "TOKEN_TTL", value = "3600" },
      ]
      secrets = [
        { name = "STRIPE_API_KEY", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:billing/stripe-AbCdEf" },
      ]
    }
  ])
}
