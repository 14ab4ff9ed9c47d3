terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_wafregional_web_acl" "api" { # plumb-test:expect
  name        = "api"
  metric_name = "api"

  default_action {
    type = "ALLOW"
  }
}

resource "aws_waf_web_acl" "edge" { # plumb-test:expect
  name        = "edge"
  metric_name = "edge"

  default_action {
    type = "ALLOW"
  }
}
