terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_api_management" "public" {
  name                = "apim-public"
  location            = "westeurope"
  resource_group_name = "rg-api"
  publisher_name      = "Example Ltd"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    frontend_tls10_enabled     = true # plumb-test:expect
    backend_tls11_enabled      = false
    triple_des_ciphers_enabled = true # plumb-test:expect
  }
}
