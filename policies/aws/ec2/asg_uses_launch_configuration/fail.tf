terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_autoscaling_group" "api" {
  name                 = "api"
  min_size             = 2
  max_size             = 6
  vpc_zone_identifier  = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
  launch_configuration = "api-20261101" # plumb-test:expect
}
