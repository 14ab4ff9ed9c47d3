terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mssql_firewall_rule" "anyone" {
  name             = "anyone"
  server_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-db/providers/Microsoft.Sql/servers/sql-crm"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # plumb-test:expect
}
