terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_security_center_contact" "secops" {
  name                = "secops"
  email               = "secops@example.com"
  alert_notifications = true
  alerts_to_admins    = false # plumb-test:expect
}
