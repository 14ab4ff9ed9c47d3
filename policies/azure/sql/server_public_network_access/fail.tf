terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_server" "crm" { # plumb-test:expect
  name                = "sql-crm"
  resource_group_name = "rg-db"
  location            = "westeurope"
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "22222222-2222-2222-2222-222222222222"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server" "billing" {
  name                          = "sql-billing"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = true # plumb-test:expect

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = "22222222-2222-2222-2222-222222222222"
  }
}
