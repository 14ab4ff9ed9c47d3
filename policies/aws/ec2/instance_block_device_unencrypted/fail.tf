terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "db" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "r6i.large"

  root_block_device {
    volume_size = 50
    encrypted   = false # plumb-test:expect
  }

  ebs_block_device { # plumb-test:expect
    device_name = "/dev/sdf"
    volume_size = 500
    volume_type = "gp3"
  }
}

resource "aws_instance" "web" { # plumb-test:expect
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}
