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
  name   = "/prod/mailer/smtp_password"
  type   = "SecureString"
  key_id = "alias/app-config"
  value  = var.smtp_password
}

# The name of a folder of secrets is not a secret.
resource "aws_ssm_parameter" "secrets_prefix" {
  name  = "/prod/secrets/path-prefix"
  type  = "String"
  value = "/prod/app"
}

resource "aws_ssm_parameter" "token_ttl" {
  name  = "/prod/auth/session-ttl"
  type  = "String"
  value = "3600"
}

resource "aws_ssm_parameter" "password_policy" {
  name  = "/prod/auth/password-min-length"
  type  = "String"
  value = "14"
}
