terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"

  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
      logging    = "NONE" # plumb-test:expect
    }
  }
}
