terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_server" "crm" {
  name                          = "sql-crm"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "22222222-2222-2222-2222-222222222222"
  }
}

resource "azurerm_mssql_server_transparent_data_encryption" "crm" {
  server_id        = azurerm_mssql_server.crm.id
  key_vault_key_id = "https://kv-db.vault.azure.net/keys/tde/0123456789abcdef0123456789abcdef"
}

resource "azurerm_mssql_server" "billing" {
  name                          = "sql-billing"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled                = false
  transparent_data_encryption_key_vault_key_id = "https://kv-db.vault.azure.net/keys/tde-billing/0123456789abcdef0123456789abcdef"

  identity {
    type = "SystemAssigned"
  }

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "22222222-2222-2222-2222-222222222222"
  }
}
