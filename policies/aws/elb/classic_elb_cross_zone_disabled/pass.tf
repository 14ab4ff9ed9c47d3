terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elb" "legacy_web" {
  name                      = "legacy-web"
  availability_zones        = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = true

  listener {
    instance_port     = 8080
    instance_protocol = "tcp"
    lb_port           = 443
    lb_protocol       = "tcp"
  }
}

resource "aws_elb" "legacy_api" {
  name               = "legacy-api"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    instance_port     = 8081
    instance_protocol = "tcp"
    lb_port           = 8443
    lb_protocol       = "tcp"
  }
}
