terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "method" {
  type = string
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

# The method comes from a variable without a value: it may be an OPTIONS preflight.
resource "aws_api_gateway_method" "dynamic" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
  http_method   = var.method
  authorization = "NONE"
}
