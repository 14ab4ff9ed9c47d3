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
