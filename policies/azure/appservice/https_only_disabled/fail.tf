terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_linux_web_app" "shop" { # plumb-test:expect
  name                = "app-shop"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"

  site_config {
  }
}

resource "azurerm_windows_function_app" "orders" {
  name                       = "func-orders"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"
  storage_account_name       = "stfunc01"
  storage_uses_managed_identity = true
  https_only                 = false # plumb-test:expect

  site_config {
  }
}
