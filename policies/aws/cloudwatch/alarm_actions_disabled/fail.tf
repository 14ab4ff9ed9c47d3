terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "root_sign_in" {
  alarm_name          = "root_sign_in"
  namespace           = "CloudTrailMetrics"
  metric_name         = "root_sign_in"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security-alerts"]
  actions_enabled     = false # plumb-test:expect
}
