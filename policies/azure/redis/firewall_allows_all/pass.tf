terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_redis_firewall_rule" "app" {
  name                = "app"
  redis_cache_name    = "redis-sessions"
  resource_group_name = "rg-cache"
  start_ip            = "10.1.2.0"
  end_ip              = "10.1.2.255"
}
