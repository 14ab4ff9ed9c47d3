terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ec2_instance_metadata_defaults" "region" {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}
