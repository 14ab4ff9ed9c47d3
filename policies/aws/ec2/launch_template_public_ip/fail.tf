terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_template" "game_servers" {
  name_prefix   = "game-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "c6i.xlarge"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = true # plumb-test:expect
    subnet_id                   = "subnet-0a1b2c3d4e5f60718"
  }
}

resource "aws_launch_template" "relay" {
  name_prefix   = "relay-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.small"

  network_interfaces {
    associate_public_ip_address = "true" # plumb-test:expect
  }
}
