terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_server" "crm" { # plumb-test:expect
  name                          = "sql-crm"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "Example-Only-1234"
  public_network_access_enabled = false
}
