terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ec2_client_vpn_endpoint" "staff" {
  description            = "staff remote access"
  server_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"
  client_cidr_block      = "10.250.0.0/22"
  split_tunnel           = true

  authentication_options {
    type                       = "certificate-authentication"
    root_certificate_chain_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/1c2d3e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f"
  }

  connection_log_options {
    enabled = false # plumb-test:expect
  }
}
