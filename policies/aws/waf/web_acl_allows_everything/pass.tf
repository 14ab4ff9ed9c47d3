terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_wafv2_web_acl" "storefront" {
  name  = "storefront"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "bad-inputs"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "storefront"
    sampled_requests_enabled   = true
  }
}

# Blocks by default: only allow-listed traffic passes.
resource "aws_wafv2_web_acl" "admin" {
  name  = "admin"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "admin"
    sampled_requests_enabled   = true
  }
}
