terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lb" "web" { # plumb-test:expect
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb" "shop" {
  name     = "shop"
  internal = false
  subnets  = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

  access_logs { # plumb-test:expect
    bucket = "example-lb-logs"
    prefix = "shop"
  }
}

resource "aws_alb" "api" {
  name    = "api"
  subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

  access_logs {
    bucket  = "example-lb-logs"
    prefix  = "api"
    enabled = false # plumb-test:expect
  }
}
