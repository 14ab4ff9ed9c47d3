terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

variable "storage_key" {
  type      = string
  sensitive = true
}

resource "azurerm_virtual_machine_extension" "bootstrap" {
  name                 = "bootstrap"
  virtual_machine_id   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-vm/providers/Microsoft.Compute/virtualMachines/vm-web"
  publisher            = "Microsoft.Azure.Extensions"
  type                 = "CustomScript"
  type_handler_version = "2.1"

  settings = jsonencode({ # plumb-test:expect
    fileUris          = ["https://stscripts01.blob.core.windows.net/scripts/bootstrap.sh"]
    commandToExecute  = "sh bootstrap.sh"
    storageAccountKey = "bm90LWEtcmVhbC1rZXk="
  })
}
