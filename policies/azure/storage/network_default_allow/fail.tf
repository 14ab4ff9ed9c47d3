terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

# No network rules at all.
resource "azurerm_storage_account" "open" { # plumb-test:expect
  name                     = "stopen01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "inline" {
  name                     = "stinline01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Allow" # plumb-test:expect
    ip_rules       = ["198.51.100.10"]
  }
}

# The separate resource form.
resource "azurerm_storage_account" "split" {
  name                     = "stsplit01"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = "Allow" # plumb-test:expect
  bypass             = ["AzureServices"]
}

# The account is managed elsewhere: the rules resource is judged on its own.
resource "azurerm_storage_account_network_rules" "shared" {
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/stshared01"
  default_action     = "Allow" # plumb-test:expect
}
