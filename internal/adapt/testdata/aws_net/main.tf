resource "aws_wafv2_web_acl" "edge" {
  name  = "edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudwatch_log_group" "waf" {
  name = "aws-waf-logs-edge"
}

resource "aws_wafv2_web_acl_logging_configuration" "edge" {
  resource_arn            = aws_wafv2_web_acl.edge.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_wafv2_rule_group" "bots" {
  name     = "bots"
  scope    = "REGIONAL"
  capacity = 10

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "bots"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_rule_group_association" "bots" {
  rule_name   = "bots"
  priority    = 10
  web_acl_arn = aws_wafv2_web_acl.edge.arn

  rule_group_reference {
    arn = aws_wafv2_rule_group.bots.arn
  }
}

# A web ACL managed in another stack: nothing to merge into.
resource "aws_wafv2_web_acl_logging_configuration" "elsewhere" {
  resource_arn            = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/other/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  log_destination_configs = ["arn:aws:logs:eu-west-1:111122223333:log-group:aws-waf-logs-other"]
}

resource "aws_ecr_repository" "api" {
  name = "shop/api"
}

resource "aws_ecr_lifecycle_policy" "api" {
  repository = "shop/api"
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the last 30 images"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 30 }
      action       = { type = "expire" }
    }]
  })
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_query_log" "public" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com"
}

resource "aws_route53_hosted_zone_dnssec" "public" {
  hosted_zone_id = aws_route53_zone.public.id
}

resource "aws_api_gateway_rest_api" "internal" {
  name   = "internal"
  policy = "{}"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_rest_api_policy" "internal" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "*" }]
  })
}
