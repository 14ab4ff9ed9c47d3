terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_route53_zone" "public" { # plumb-test:expect
  name = "example.com"
}

resource "aws_route53_zone" "shop" {
  name = "shop.example.com"
}

resource "aws_route53_hosted_zone_dnssec" "shop" {
  hosted_zone_id = aws_route53_zone.shop.id
  signing_status = "NOT_SIGNING" # plumb-test:expect
}
