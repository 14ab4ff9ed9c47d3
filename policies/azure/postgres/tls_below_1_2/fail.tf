terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_postgresql_flexible_server_configuration" "tls_min" {
  name      = "ssl_min_protocol_version"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-db/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql-app"
  value     = "TLSv1" # plumb-test:expect
}
