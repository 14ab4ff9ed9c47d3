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
    encrypted   = false # plumb-test:expect
  }

  ebs_block_device { # plumb-test:expect
    device_name = "/dev/sdf"
    volume_size = 200
    volume_type = "gp3"
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    volume_size = 50
    encrypted   = false # plumb-test:expect
  }
}
