terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecr_repository" "frontend" { # plumb-test:expect
  name                 = "shop/frontend"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "batch" {
  name                 = "shop/batch"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = false # plumb-test:expect
  }
}
