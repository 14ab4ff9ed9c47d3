terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_wafv2_web_acl" "placeholder" {
  name  = "placeholder"
  scope = "REGIONAL"

  default_action { # plumb-test:expect
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "placeholder"
    sampled_requests_enabled   = true
  }
}
