terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_configuration" "reporting" {
  name_prefix   = "reporting-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 40
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    volume_type = "gp3"
    encrypted   = true
  }

  # Restored from a snapshot: the volume is encrypted exactly when the snapshot is.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0a1b2c3d4e5f60718"
  }
}

# No block devices beyond the AMI's own.
resource "aws_launch_configuration" "edge" {
  name_prefix   = "edge-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.small"
}
