terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_cosmosdb_account" "orders" {
  name                = "cosmos-orders"
  location            = "westeurope"
  resource_group_name = "rg-db"
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "events" {
  name                = "cosmos-events"
  location            = "westeurope"
  resource_group_name = "rg-db"
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"
  ip_range_filter = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "catalog" {
  name                = "cosmos-catalog"
  location            = "westeurope"
  resource_group_name = "rg-db"
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
