terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "imds_endpoint" {
  type = string
}

# The endpoint may be disabled, which makes the token setting moot.
resource "aws_ec2_instance_metadata_defaults" "region" {
  http_endpoint = var.imds_endpoint
}
