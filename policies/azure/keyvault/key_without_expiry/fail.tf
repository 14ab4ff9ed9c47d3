terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_key_vault_key" "signing" { # plumb-test:expect
  name         = "signing"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-app"
  key_type     = "EC"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]
}
