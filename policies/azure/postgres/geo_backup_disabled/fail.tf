terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "psql-app"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 65536
  administrator_login           = "pgadmin"
  administrator_password        = "Example-Only-1234"
  public_network_access_enabled = false
  geo_redundant_backup_enabled  = false # plumb-test:expect
}
