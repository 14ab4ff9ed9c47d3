terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_managed_instance" "core" {
  name                         = "sqlmi-core"
  resource_group_name          = "rg-db"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 64
  subnet_id                    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sqlmi"
  vcores                       = 4
  administrator_login          = "miadmin"
  administrator_login_password = "Example-Only-1234"
}
