terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "cms" {
  family = "cms"
  container_definitions = jsonencode([
    {
      name        = "cms"
      image       = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/cms:4.1.0"
      memory      = 1024
      mountPoints = [{ sourceVolume = "uploads", containerPath = "/var/www/uploads" }]
    }
  ])

  volume {
    name = "uploads"

    efs_volume_configuration {
      file_system_id     = "fs-0a1b2c3d4e5f60718"
      transit_encryption = "ENABLED"

      authorization_config {
        access_point_id = "fsap-0a1b2c3d4e5f60718"
        iam             = "ENABLED"
      }
    }
  }

  volume {
    name = "scratch"
  }
}
