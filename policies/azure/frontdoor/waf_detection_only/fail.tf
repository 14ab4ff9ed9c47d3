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
  mode                = "Detection" # plumb-test:expect

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "api" {
  name                = "wafapi"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
  enabled             = false # plumb-test:expect

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}
