terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mysql_flexible_server" "app" {
  name                         = "mysql-app"
  resource_group_name          = "rg-db"
  location                     = "westeurope"
  administrator_login          = "mysqladmin"
  administrator_password       = "Example-Only-1234"
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = true
}
