terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_storage_account" "records" {
  name                     = "strecords01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  infrastructure_encryption_enabled = true
}

# A general-purpose v1 account cannot have it.
resource "azurerm_storage_account" "classic" {
  name                     = "stclassic01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  account_kind             = "Storage"
}
