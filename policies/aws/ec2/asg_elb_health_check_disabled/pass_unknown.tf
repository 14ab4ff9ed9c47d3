terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "target_groups" {
  type = list(string)
}

# Whether the group serves any target group is not known before apply.
resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 8
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60718"]
  target_group_arns   = var.target_groups

  launch_template {
    id = "lt-0a1b2c3d4e5f60718"
  }
}
