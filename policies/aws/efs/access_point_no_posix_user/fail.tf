terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_efs_access_point" "reports" { # plumb-test:expect
  file_system_id = "fs-0a1b2c3d4e5f60001"

  root_directory {
    path = "/reports"
  }
}
