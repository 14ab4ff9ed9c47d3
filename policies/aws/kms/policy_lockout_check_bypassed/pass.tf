terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "backups" {
  description                        = "Backup vault key"
  enable_key_rotation                = true
  bypass_policy_lockout_safety_check = false
}
