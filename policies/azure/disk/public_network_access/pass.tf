terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_managed_disk" "data" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-vm"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  network_access_policy = "DenyAll"
}

resource "azurerm_managed_disk" "logs" {
  name                 = "disk-logs"
  location             = "westeurope"
  resource_group_name  = "rg-vm"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  public_network_access_enabled = false
  network_access_policy         = "AllowPrivate"
  disk_access_id                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vm/providers/Microsoft.Compute/diskAccesses/da-main"
}
