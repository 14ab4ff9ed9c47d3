terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_windows_virtual_machine" "app" {
  name                  = "vm-app"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "winadmin"
  admin_password        = "Example-Only-1234"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic-app"]
  patch_mode            = "Manual" # plumb-test:expect

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}

resource "azurerm_windows_virtual_machine" "batch" {
  name                  = "vm-batch"
  resource_group_name   = "rg-vm"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "winadmin"
  admin_password        = "Example-Only-1234"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vm/providers/Microsoft.Network/networkInterfaces/nic-batch"]
  automatic_updates_enabled = false # plumb-test:expect
  patch_mode                = "Manual" # plumb-test:expect

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}
