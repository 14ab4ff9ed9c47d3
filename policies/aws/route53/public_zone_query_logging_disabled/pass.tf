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

resource "aws_route53_query_log" "public" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com"
}

# Private zones are out of scope.
resource "aws_route53_zone" "internal" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0a1b2c3d4e5f60718"
  }
}
