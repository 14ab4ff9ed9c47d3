terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_autoscaling_group" "web" { # plumb-test:expect
  name                = "web"
  min_size            = 2
  max_size            = 8
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
  target_group_arns   = [aws_lb_target_group.web.arn]

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}

resource "aws_autoscaling_group" "legacy" {
  name                = "legacy"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60718"]
  load_balancers      = ["legacy-clb"]
  health_check_type   = "EC2" # plumb-test:expect

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}
