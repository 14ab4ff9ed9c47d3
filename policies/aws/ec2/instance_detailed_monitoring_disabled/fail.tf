terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "ledger" { # plumb-test:expect
  ami           = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "m6i.large"
}

resource "aws_instance" "cache" {
  ami           = "ami-0c1d2e3f4a5b6c7d8"
  instance_type = "r6i.large"
  monitoring    = false # plumb-test:expect
}
