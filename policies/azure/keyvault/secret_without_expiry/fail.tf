terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "azurerm_key_vault_secret" "db" { # plumb-test:expect
  name         = "db-password"
  value        = var.db_password
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-app"
  content_type = "password"
}
