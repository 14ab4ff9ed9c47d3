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
}
