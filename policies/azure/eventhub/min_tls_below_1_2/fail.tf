terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_eventhub_namespace" "orders" {
  name                = "evhns-orders"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  capacity            = 1
  minimum_tls_version = "1.0" # plumb-test:expect
}
