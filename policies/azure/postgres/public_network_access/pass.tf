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
}

resource "azurerm_postgresql_flexible_server" "vnet" {
  name                          = "psql-vnet"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 65536
  administrator_login           = "pgadmin"
  administrator_password        = "Example-Only-1234"
  delegated_subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/postgres"
  private_dns_zone_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/privateDnsZones/app.postgres.database.azure.com"
  public_network_access_enabled = false
}
