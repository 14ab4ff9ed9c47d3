terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc_peering_connection" "shared_services" {
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  peer_vpc_id = "vpc-0f1e2d3c4b5a69788"
  auto_accept = true
}

resource "aws_route_table" "apps" {
  vpc_id = "vpc-0a1b2c3d4e5f60718"

  route {
    cidr_block                = "10.50.4.0/24"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared_services.id
  }

  # The default route goes to the NAT gateway, not the peer.
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0a1b2c3d4e5f60718"
  }
}

resource "aws_route" "data_to_shared" {
  route_table_id            = "rtb-0a1b2c3d4e5f60718"
  destination_cidr_block    = "10.50.8.0/22"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared_services.id
}
