terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "private_subnet_ids" {
  type = list(string)
}

resource "aws_autoscaling_group" "api" {
  name                = "api"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}

# Subnets come from a variable without a value: not judged.
resource "aws_autoscaling_group" "workers" {
  name                = "workers"
  min_size            = 0
  max_size            = 10
  vpc_zone_identifier = var.private_subnet_ids

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}
