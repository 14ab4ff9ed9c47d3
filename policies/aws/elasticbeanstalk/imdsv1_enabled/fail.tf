terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web-prod"
  application         = "web"
  solution_stack_name = "64bit Amazon Linux 2 v5.9.4 running Node.js 18"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "DisableIMDSv1"
    value     = "false" # plumb-test:expect
  }
}
