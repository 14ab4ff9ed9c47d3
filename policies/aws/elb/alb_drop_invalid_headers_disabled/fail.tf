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
  drop_invalid_header_fields = false # plumb-test:expect
}

# load_balancer_type left out: an application load balancer.
resource "aws_alb" "internal_api" { # plumb-test:expect
  name     = "internal-api"
  internal = true
  subnets  = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
