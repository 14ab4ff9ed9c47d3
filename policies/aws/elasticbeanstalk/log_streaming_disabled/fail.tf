terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_elastic_beanstalk_environment" "web" { # plumb-test:expect
  name                = "web-prod"
  application         = "web"
  solution_stack_name = "64bit Amazon Linux 2023 v6.4.1 running Node.js 22"

  setting {
    namespace = "aws:autoscaling:launchconfiguration"
    name      = "IamInstanceProfile"
    value     = "web-eb-instance"
  }
}

resource "aws_elastic_beanstalk_environment" "worker" {
  name                = "worker-prod"
  application         = "web"
  tier                = "Worker"
  solution_stack_name = "64bit Amazon Linux 2023 v4.5.0 running Python 3.12"

  setting {
    namespace = "aws:elasticbeanstalk:cloudwatch:logs"
    name      = "StreamLogs"
    value     = "false" # plumb-test:expect
  }
}
