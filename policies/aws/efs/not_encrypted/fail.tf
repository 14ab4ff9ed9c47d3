terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_efs_file_system" "uploads" { # plumb-test:expect
  creation_token   = "uploads"
  performance_mode = "generalPurpose"
  throughput_mode  = "elastic"
}

resource "aws_efs_file_system" "home" {
  creation_token = "home"
  encrypted      = false # plumb-test:expect
}
