terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "ledger" {
  ami           = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "m6i.large"
  monitoring    = true
}

resource "aws_launch_template" "cache" {
  name_prefix = "cache-"
  image_id    = "ami-0c1d2e3f4a5b6c7d8"

  monitoring {
    enabled = true
  }
}

# Monitoring comes from the launch template.
resource "aws_instance" "cache" {
  instance_type = "r6i.large"

  launch_template {
    id = aws_launch_template.cache.id
  }
}
