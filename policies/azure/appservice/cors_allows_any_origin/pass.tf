terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_linux_web_app" "api" {
  name                = "app-api"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"
  https_only          = true

  site_config {
    cors {
      allowed_origins     = ["https://portal.example.com"]
      support_credentials = true
    }
  }
}
