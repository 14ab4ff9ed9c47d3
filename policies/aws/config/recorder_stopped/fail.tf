terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = "main"
  is_enabled = false # plumb-test:expect
}
