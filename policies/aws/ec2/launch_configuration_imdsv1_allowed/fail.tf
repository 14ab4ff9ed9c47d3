terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_configuration" "api" { # plumb-test:expect
  name_prefix   = "api-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.medium"
}

resource "aws_launch_configuration" "queue_workers" {
  name_prefix   = "queue-workers-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "c6i.large"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # plumb-test:expect
  }
}
