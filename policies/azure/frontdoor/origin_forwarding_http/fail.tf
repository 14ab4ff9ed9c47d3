terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_cdn_frontdoor_route" "web" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd-edge/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd-edge/originGroups/app"
  cdn_frontdoor_origin_ids      = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-edge/providers/Microsoft.Cdn/profiles/fd-edge/originGroups/app/origins/app1"]
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Https"]
  forwarding_protocol           = "HttpOnly" # plumb-test:expect
}
