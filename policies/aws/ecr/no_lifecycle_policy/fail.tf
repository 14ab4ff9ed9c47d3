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
