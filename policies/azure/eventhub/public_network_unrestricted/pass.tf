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
  public_network_access_enabled = false
}

resource "azurerm_eventhub_namespace" "events" {
  name                = "evhns-events"
  location            = "westeurope"
  resource_group_name = "rg-msg"
  sku                 = "Standard"
  capacity            = 1

  network_rulesets {
    default_action = "Deny"

    ip_rule {
      ip_mask = "203.0.113.0/24"
    }
  }
}
