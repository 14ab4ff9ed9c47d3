terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # plumb-test:expect
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/3f1e6a52-0b8c-4d0e-9a57-2c1d3e4f5a6b"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# No ssl_policy: the API default, ELBSecurityPolicy-2016-08.
resource "aws_lb_listener" "api" { # plumb-test:expect
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/3f1e6a52-0b8c-4d0e-9a57-2c1d3e4f5a6b"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb_target_group" "mqtt" {
  name     = "mqtt"
  port     = 1883
  protocol = "TCP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_listener" "mqtt" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-1-2021-06" # plumb-test:expect
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/3f1e6a52-0b8c-4d0e-9a57-2c1d3e4f5a6b"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.mqtt.arn
  }
}
