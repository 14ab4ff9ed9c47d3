terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ec2_transit_gateway" "core" {
  description                     = "core network hub"
  amazon_side_asn                 = 64512
  auto_accept_shared_attachments  = "enable" # plumb-test:expect
  default_route_table_association = "enable"
}
