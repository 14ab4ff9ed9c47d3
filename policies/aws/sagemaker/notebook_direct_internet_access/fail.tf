terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sagemaker_notebook_instance" "research" { # plumb-test:expect
  name          = "research"
  role_arn      = "arn:aws:iam::111122223333:role/sagemaker-notebooks"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "forecasting" {
  name                   = "forecasting"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebooks"
  instance_type          = "ml.t3.medium"
  root_access            = "Disabled"
  direct_internet_access = "Enabled" # plumb-test:expect
}
