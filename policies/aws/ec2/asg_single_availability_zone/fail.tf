terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60718"] # plumb-test:expect

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}

resource "aws_autoscaling_group" "legacy" {
  name               = "legacy"
  min_size           = 1
  max_size           = 2
  availability_zones = ["eu-west-1a"] # plumb-test:expect

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}
