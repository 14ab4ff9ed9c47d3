terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_launch_configuration" "api" {
  name_prefix   = "api-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.medium"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# Nothing on these hosts reads instance metadata.
resource "aws_launch_configuration" "static_site" {
  name_prefix   = "static-"
  image_id      = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "t3.small"

  metadata_options {
    http_endpoint = "disabled"
  }
}
