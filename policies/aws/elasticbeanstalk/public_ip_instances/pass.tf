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
    namespace = "aws:ec2:vpc"
    name      = "Subnets"
    value     = "subnet-0a1b2c3d4e5f60718,subnet-0f1e2d3c4b5a69788"
  }

  setting {
    namespace = "aws:ec2:vpc"
    name      = "AssociatePublicIpAddress"
    value     = "false"
  }
}
