terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_key_signing_key" "public" {
  name                       = "example-com"
  hosted_zone_id             = aws_route53_zone.public.id
  key_management_service_arn = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
}

resource "aws_route53_hosted_zone_dnssec" "public" {
  hosted_zone_id = aws_route53_key_signing_key.public.hosted_zone_id
}

resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}
