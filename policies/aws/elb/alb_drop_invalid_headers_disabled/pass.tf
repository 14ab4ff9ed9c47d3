terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "internal_api" {
  name                       = "internal-api"
  internal                   = true
  subnets                    = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  drop_invalid_header_fields = true
}

# Network load balancers do not parse HTTP.
resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}
