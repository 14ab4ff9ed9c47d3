terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_user_assigned_identity" "storage" {
  name                = "id-storage"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_storage_account" "pii" {
  name                     = "stpii01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.storage.id]
  }

  customer_managed_key {
    key_vault_key_id          = "https://kv-data.vault.azure.net/keys/storage"
    user_assigned_identity_id = azurerm_user_assigned_identity.storage.id
  }
}

# The separate resource form.
resource "azurerm_storage_account" "billing" {
  name                     = "stbilling01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_storage_account_customer_managed_key" "billing" {
  storage_account_id = azurerm_storage_account.billing.id
  key_vault_id       = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-data"
  key_name           = "billing"
}
