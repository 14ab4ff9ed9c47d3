terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_customer_gateway" "dc" {
  bgp_asn    = 65010
  ip_address = "203.0.113.10"
  type       = "ipsec.1"
}

resource "aws_vpn_gateway" "main" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"
}

resource "aws_vpn_connection" "dc" { # plumb-test:expect
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.dc.id
  type                = "ipsec.1"

  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = false # plumb-test:expect
      log_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/vpn/dc"
    }
  }
}
