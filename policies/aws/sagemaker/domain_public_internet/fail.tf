terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sagemaker_domain" "analytics" { # plumb-test:expect
  domain_name = "analytics"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60001"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]

  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-studio"
  }
}

resource "aws_sagemaker_domain" "research" {
  domain_name             = "research"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0a1b2c3d4e5f60001"
  subnet_ids              = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  app_network_access_type = "PublicInternetOnly" # plumb-test:expect

  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-studio"
  }
}
