terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_role" "sync" {
  name = "config-sync"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_instance_profile" "sync" {
  name = "config-sync"
  role = aws_iam_role.sync.name
}

# Credentials come from the instance role; user data only runs the sync.
resource "aws_instance" "sync" {
  ami                  = "ami-0abcdef1234567890"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.sync.name

  user_data = <<-USERDATA
    #!/bin/bash
    aws s3 sync s3://example-config /etc/app
  USERDATA
}

resource "aws_launch_template" "sync" {
  name_prefix   = "sync-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  iam_instance_profile {
    name = aws_iam_instance_profile.sync.name
  }

  user_data = base64encode(
    <<-USERDATA
    #!/bin/bash
    aws ssm get-parameter --name /app/config --with-decryption > /etc/app/config
    USERDATA
  )
}
