terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_layer_version_permission" "shared_utils_org" {
  layer_name      = "arn:aws:lambda:eu-west-1:111122223333:layer:shared-utils"
  version_number  = 12
  statement_id    = "organization"
  action          = "lambda:GetLayerVersion"
  principal       = "*"
  organization_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_layer_version_permission" "shared_utils_prod" {
  layer_name     = "arn:aws:lambda:eu-west-1:111122223333:layer:shared-utils"
  version_number = 12
  statement_id   = "prod"
  action         = "lambda:GetLayerVersion"
  principal      = "444455556666"
}
