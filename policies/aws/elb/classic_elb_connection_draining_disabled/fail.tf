terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elb" "legacy_web" { # plumb-test:expect
  name    = "legacy-web"
  subnets = ["subnet-0a1b2c3d4e5f60718"]

  listener {
    instance_port     = 8080
    instance_protocol = "tcp"
    lb_port           = 443
    lb_protocol       = "tcp"
  }
}

resource "aws_elb" "legacy_api" {
  name                = "legacy-api"
  subnets             = ["subnet-0a1b2c3d4e5f60718"]
  connection_draining = false # plumb-test:expect

  listener {
    instance_port     = 8081
    instance_protocol = "tcp"
    lb_port           = 8443
    lb_protocol       = "tcp"
  }
}
