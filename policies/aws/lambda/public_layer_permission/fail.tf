terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_lambda_layer_version_permission" "shared_utils" {
  layer_name     = "arn:aws:lambda:eu-west-1:111122223333:layer:shared-utils"
  version_number = 12
  statement_id   = "everyone"
  action         = "lambda:GetLayerVersion"
  principal      = "*" # plumb-test:expect
}
