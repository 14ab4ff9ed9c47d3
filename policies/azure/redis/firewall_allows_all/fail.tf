terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_redis_firewall_rule" "all" {
  name                = "all"
  redis_cache_name    = "redis-sessions"
  resource_group_name = "rg-cache"
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255" # plumb-test:expect
}
