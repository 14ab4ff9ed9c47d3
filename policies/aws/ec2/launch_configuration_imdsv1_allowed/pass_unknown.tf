terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "http_tokens" {
  type = string
}

# The token setting comes from a variable without a value: not judged.
resource "aws_launch_configuration" "api" {
  name_prefix   = "api-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.medium"

  metadata_options {
    http_tokens = var.http_tokens
  }
}
