terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "ecr" {
  description         = "ECR images"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "frontend" {
  name                 = "shop/frontend"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}
