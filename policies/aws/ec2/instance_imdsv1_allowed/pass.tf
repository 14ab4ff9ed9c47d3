terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# Metadata service switched off altogether.
resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_template" "batch" {
  name_prefix = "batch-"
  image_id    = "ami-0abcdef1234567890"

  metadata_options {
    http_tokens = "required"
  }
}

# Metadata options come from the launch template.
resource "aws_instance" "batch" {
  instance_type = "t3.small"

  launch_template {
    id      = aws_launch_template.batch.id
    version = "$Latest"
  }
}
