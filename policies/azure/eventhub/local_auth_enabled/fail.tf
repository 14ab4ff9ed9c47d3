terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_eventhub_namespace" "orders" { # plumb-test:expect
  name                = "evhns-orders"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  capacity            = 1
  public_network_access_enabled = false
}
