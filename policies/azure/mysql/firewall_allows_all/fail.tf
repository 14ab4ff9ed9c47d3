terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mysql_flexible_server_firewall_rule" "all" {
  name                = "all"
  resource_group_name = "rg-db"
  server_name         = "mysql-app"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255" # plumb-test:expect
}
