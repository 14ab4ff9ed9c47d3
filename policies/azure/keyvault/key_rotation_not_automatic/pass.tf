terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_key_vault_key" "cmk" {
  name         = "storage-cmk"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-app"
  key_type     = "RSA"
  key_size     = 4096
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P180D"
    notify_before_expiry = "P30D"

    automatic {
      time_after_creation = "P90D"
    }
  }
}
