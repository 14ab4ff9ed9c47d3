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

  posix_user {
    uid = 1001
    gid = 1001
  }
}

resource "aws_efs_access_point" "exports" {
  file_system_id = "fs-0a1b2c3d4e5f60001"

  posix_user {
    uid = 1002
    gid = 1002
  }

  root_directory {
    path = "/" # plumb-test:expect
  }
}
