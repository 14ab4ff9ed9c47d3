terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_key_vault" "legacy" {
  name                = "kv-legacy"
  location            = "westeurope"
  resource_group_name = "rg-sec"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = false # plumb-test:expect

  access_policy {
    tenant_id          = "00000000-0000-0000-0000-000000000000"
    object_id          = "11111111-1111-1111-1111-111111111111"
    secret_permissions = ["Get", "List"]
  }
}

resource "azurerm_key_vault" "old" { # plumb-test:expect
  name                     = "kv-old"
  location                 = "westeurope"
  resource_group_name      = "rg-sec"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}
