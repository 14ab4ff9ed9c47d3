terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elb" "legacy_web" {
  name    = "legacy-web"
  subnets = ["subnet-0a1b2c3d4e5f60718"]

  access_logs {
    bucket        = "example-elb-logs"
    bucket_prefix = "legacy-web"
    interval      = 60
  }

  listener {
    instance_port      = 8080
    instance_protocol  = "http"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:111122223333:certificate/2d3e4f5a-6b7c-8d9e-0f1a-2b3c4d5e6f70"
  }
}

# Internal load balancers are out of scope for this rule.
resource "aws_elb" "internal_api" {
  name     = "internal-api"
  internal = true
  subnets  = ["subnet-0a1b2c3d4e5f60718"]

  listener {
    instance_port     = 8081
    instance_protocol = "tcp"
    lb_port           = 8081
    lb_protocol       = "tcp"
  }
}
