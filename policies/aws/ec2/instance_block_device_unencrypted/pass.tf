terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "ebs" {
  description         = "EBS volumes of the database hosts"
  enable_key_rotation = true
}

resource "aws_instance" "db" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 500
    volume_type = "gp3"
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }
}

resource "aws_launch_template" "web" {
  name_prefix = "web-"
  image_id    = "ami-0abcdef1234567890"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = true
    }
  }
}

# Volumes come from the launch template.
resource "aws_instance" "web" {
  instance_type = "t3.micro"

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}
