terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_storage_account" "private" {
  name                     = "stprivate01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = false
}

# File shares only: there is no container to make public.
resource "azurerm_storage_account" "shares" {
  name                     = "stshares01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Premium"
  account_replication_type = "LRS"
  account_kind             = "FileStorage"
}

variable "allow_public" {
  type = bool
}

# Unknown until apply: not judged.
resource "azurerm_storage_account" "unknown" {
  name                     = "stunknown01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
  allow_nested_items_to_be_public = var.allow_public
}
