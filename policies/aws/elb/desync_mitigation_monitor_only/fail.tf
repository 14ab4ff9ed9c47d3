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
  desync_mitigation_mode = "monitor" # plumb-test:expect
}

resource "aws_elb" "legacy_web" {
  name                   = "legacy-web"
  subnets                = ["subnet-0a1b2c3d4e5f60718"]
  desync_mitigation_mode = "monitor" # plumb-test:expect

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
