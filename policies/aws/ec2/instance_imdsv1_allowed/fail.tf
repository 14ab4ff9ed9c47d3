terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# No metadata_options: IMDSv1 stays available.
resource "aws_instance" "web" { # plumb-test:expect
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # plumb-test:expect
  }
}

# The block is there, but http_tokens is left at its default.
resource "aws_instance" "batch" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"

  metadata_options { # plumb-test:expect
    http_put_response_hop_limit = 1
  }
}
