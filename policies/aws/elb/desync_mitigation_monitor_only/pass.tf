terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lb" "storefront" {
  name                   = "storefront"
  load_balancer_type     = "application"
  subnets                = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
  desync_mitigation_mode = "strictest"
}

resource "aws_lb" "checkout" {
  name               = "checkout"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}
