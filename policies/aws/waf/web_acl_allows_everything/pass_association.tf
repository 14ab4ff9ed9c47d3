terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

# Rules attached from outside the web ACL (AWS provider 6) count as its rules.
resource "aws_wafv2_web_acl" "storefront" {
  name  = "storefront"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "storefront"
    sampled_requests_enabled   = true
  }

  lifecycle {
    ignore_changes = [rule]
  }
}

resource "aws_wafv2_rule_group" "bad_bots" {
  name     = "bad-bots"
  scope    = "REGIONAL"
  capacity = 50

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "bad-bots"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_rule_group_association" "bad_bots" {
  rule_name   = "bad-bots"
  priority    = 10
  web_acl_arn = aws_wafv2_web_acl.storefront.arn

  rule_group_reference {
    arn = aws_wafv2_rule_group.bad_bots.arn
  }
}
