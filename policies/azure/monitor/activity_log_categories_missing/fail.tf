terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_monitor_diagnostic_setting" "activity" { # plumb-test:expect
  name                       = "activity"
  target_resource_id         = "/subscriptions/00000000-0000-0000-0000-000000000000"
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law-central"

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }
}
