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

  encryption_configuration {
    encryption_type = "AES256" # plumb-test:expect
  }
}
