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

resource "azurerm_mssql_server_extended_auditing_policy" "crm" {
  server_id                               = azurerm_mssql_server.crm.id
  storage_endpoint                        = "https://staudit01.blob.core.windows.net/"
  storage_account_access_key_is_secondary = false
  retention_in_days                       = 90
}

resource "azurerm_mssql_server" "billing" {
  name                          = "sql-billing"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "22222222-2222-2222-2222-222222222222"
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "billing" {
  server_id              = azurerm_mssql_server.billing.id
  log_monitoring_enabled = true
}
