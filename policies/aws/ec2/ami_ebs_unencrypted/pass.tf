terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ami" "base" {
  name                = "base-2026-11"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0a1b2c3d4e5f60718"
    volume_size = 16
  }

  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 32
    encrypted   = true
  }
}
