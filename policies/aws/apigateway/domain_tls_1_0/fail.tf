terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/5a6b7c8d-9e0f-1a2b-3c4d-5e6f708192a3"
  security_policy          = "TLS_1_0" # plumb-test:expect

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
