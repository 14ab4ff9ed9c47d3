terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "smtp_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "smtp_password" {
  name  = "/prod/mailer/smtp_password"
  type  = "String" # plumb-test:expect
  value = var.smtp_password
}

resource "aws_ssm_parameter" "stripe_api_key" {
  name  = "/prod/billing/stripe-api-key"
  type  = "StringList" # plumb-test:expect
  value = "placeholder,rotated-by-pipeline"
}
