terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "netdebug" {
  family = "netdebug"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name   = "netdebug"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/netdebug:1.0.4"
      memory = 128
      linuxParameters = {
        capabilities = { add = ["NET_ADMIN", "NET_RAW"] }
      }
    }
  ])
}
