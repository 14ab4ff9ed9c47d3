terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_guardduty_detector" "main" {
  enable                       = false # plumb-test:expect
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
