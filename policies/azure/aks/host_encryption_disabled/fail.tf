terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_kubernetes_cluster" "dev" {
  name                = "aks-dev"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "dev"

  default_node_pool { # plumb-test:expect
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.dev.id
  vm_size                 = "Standard_D8s_v5"
  node_count              = 2
  host_encryption_enabled = false # plumb-test:expect
}
