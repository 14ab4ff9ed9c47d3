terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_efs_access_point" "reports" {
  file_system_id = "fs-0a1b2c3d4e5f60001"

  posix_user {
    uid            = 1001
    gid            = 1001
    secondary_gids = [2000]
  }

  root_directory {
    path = "/reports"
  }
}
