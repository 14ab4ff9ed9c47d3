terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_storage_account" "archive" {
  name                     = "starchive01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  blob_properties { # plumb-test:expect
    delete_retention_policy {
      days = 30
    }
  }
}

resource "azurerm_storage_account" "scratch" { # plumb-test:expect
  name                     = "stscratch01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
