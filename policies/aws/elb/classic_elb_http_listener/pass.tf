terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy-web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/3f1e6a52-0b8c-4d0e-9a57-2c1d3e4f5a6b"
  }
}
