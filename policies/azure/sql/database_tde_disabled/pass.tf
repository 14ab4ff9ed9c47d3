terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-db/providers/Microsoft.Sql/servers/sql-crm"
  sku_name  = "S1"
}

resource "azurerm_mssql_database" "warehouse" {
  name                                = "warehouse"
  server_id                           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-db/providers/Microsoft.Sql/servers/sql-crm"
  sku_name                            = "DW100c"
  transparent_data_encryption_enabled = true
}
