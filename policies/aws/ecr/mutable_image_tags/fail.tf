terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecr_repository" "api" { # plumb-test:expect
  name = "shop/api"

  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "worker" {
  name                 = "shop/worker"
  image_tag_mutability = "MUTABLE" # plumb-test:expect

  image_scanning_configuration {
    scan_on_push = true
  }
}
