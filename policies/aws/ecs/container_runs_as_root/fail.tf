terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "importer" {
  family = "importer"
  container_definitions = jsonencode([ # plumb-test:expect
    {
      name   = "importer"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/importer:2.0.0"
      memory = 512
      user   = "0:0"
    }
  ])
}
