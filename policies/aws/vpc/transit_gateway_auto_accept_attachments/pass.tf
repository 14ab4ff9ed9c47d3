terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ec2_transit_gateway" "core" {
  description                    = "core network hub"
  amazon_side_asn                = 64512
  auto_accept_shared_attachments = "disable"
}

resource "aws_ec2_transit_gateway" "lab" {
  description = "lab hub"
}
