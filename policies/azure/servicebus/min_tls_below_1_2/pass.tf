terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_servicebus_namespace" "orders" {
  name                         = "sbns-orders"
  location                     = "westeurope"
  resource_group_name          = "rg-msg"
  sku                          = "Premium"
  capacity                     = 1
  premium_messaging_partitions = 1
  minimum_tls_version = "1.2"
}

resource "azurerm_servicebus_namespace" "default" {
  name                         = "sbns-default"
  location                     = "westeurope"
  resource_group_name          = "rg-msg"
  sku                          = "Premium"
  capacity                     = 1
  premium_messaging_partitions = 1
}
