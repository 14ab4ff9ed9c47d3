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
  admin_enabled       = false
}

resource "azurerm_container_registry" "tools" {
  name                = "acrtools"
  resource_group_name = "rg-build"
  location            = "westeurope"
  sku                 = "Premium"
}
