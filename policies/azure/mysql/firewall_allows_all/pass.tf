terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mysql_flexible_server_firewall_rule" "office" {
  name                = "office"
  resource_group_name = "rg-db"
  server_name         = "mysql-app"
  start_ip_address    = "198.51.100.1"
  end_ip_address      = "198.51.100.1"
}
