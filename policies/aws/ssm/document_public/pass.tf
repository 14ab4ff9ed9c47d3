terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ssm_document" "patch_hosts" {
  name          = "patch-hosts"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Patch application hosts"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "patch"
      inputs = { runCommand = ["dnf -y upgrade --security"] }
    }]
  })

  permissions = {
    type        = "Share"
    account_ids = "444455556666,777788889999"
  }
}
