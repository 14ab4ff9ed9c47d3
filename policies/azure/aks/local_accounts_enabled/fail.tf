terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_kubernetes_cluster" "dev" { # plumb-test:expect
  name                = "aks-dev"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "dev"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = ["33333333-3333-3333-3333-333333333333"]
  }
}

resource "azurerm_kubernetes_cluster" "staging" {
  name                = "aks-staging"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "staging"

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
  local_account_disabled = false # plumb-test:expect

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = ["33333333-3333-3333-3333-333333333333"]
  }
}
