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
  anonymous_pull_enabled = false
}
