terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_container_registry" "apps" {
  name                = "acrapps"
  resource_group_name = "rg-build"
  location            = "westeurope"
  sku                 = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "tools" {
  name                = "acrtools"
  resource_group_name = "rg-build"
  location            = "westeurope"
  sku                 = "Premium"

  network_rule_set {
    default_action = "Deny"

    ip_rule {
      action   = "Allow"
      ip_range = "203.0.113.0/24"
    }
  }
}
