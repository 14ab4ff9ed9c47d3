terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_managed_disk" "data" { # plumb-test:expect
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-vm"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
}

resource "azurerm_managed_disk" "logs" {
  name                 = "disk-logs"
  location             = "westeurope"
  resource_group_name  = "rg-vm"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  network_access_policy = "AllowAll" # plumb-test:expect
}
