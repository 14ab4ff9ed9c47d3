terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_redis_cache" "sessions" {
  name                = "redis-sessions"
  location            = "westeurope"
  resource_group_name = "rg-cache"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  public_network_access_enabled = false
}
