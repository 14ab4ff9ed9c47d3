terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc_endpoint_service" "billing_api" {
  acceptance_required        = false
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/billing/0a1b2c3d4e5f6071"]
  allowed_principals         = ["*"] # plumb-test:expect
}

resource "aws_vpc_endpoint_service" "search_api" {
  acceptance_required        = true
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/search/1b2c3d4e5f607182"]
}

resource "aws_vpc_endpoint_service_allowed_principal" "search_everyone" {
  vpc_endpoint_service_id = aws_vpc_endpoint_service.search_api.id
  principal_arn           = "*" # plumb-test:expect
}
