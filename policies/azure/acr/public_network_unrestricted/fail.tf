terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_container_registry" "apps" { # plumb-test:expect
  name                = "acrapps"
  resource_group_name = "rg-build"
  location            = "westeurope"
  sku                 = "Premium"
}

resource "azurerm_container_registry" "tools" {
  name                = "acrtools"
  resource_group_name = "rg-build"
  location            = "westeurope"
  sku                 = "Premium"
  public_network_access_enabled = true # plumb-test:expect

  network_rule_set {
    default_action = "Allow"
  }
}
