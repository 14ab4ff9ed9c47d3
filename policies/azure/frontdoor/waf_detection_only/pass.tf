terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "wafedge"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}
