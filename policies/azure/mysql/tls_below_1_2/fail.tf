terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  resource_group_name = "rg-db"
  server_name         = "mysql-app"
  value               = "TLSv1.1,TLSv1.2" # plumb-test:expect
}
