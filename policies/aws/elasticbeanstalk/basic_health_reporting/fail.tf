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
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.1 running Node.js 22"

  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "basic" # plumb-test:expect
  }
}
