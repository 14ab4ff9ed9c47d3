terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_api_management_api" "orders" {
  name                = "orders"
  resource_group_name = "rg-api"
  api_management_name = "apim-public"
  revision            = "1"
  display_name        = "Orders"
  path                = "orders"
  protocols = [
    "https",
    "http", # plumb-test:expect
  ]
}
