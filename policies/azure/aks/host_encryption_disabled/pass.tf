terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "aks-prod"
  location            = "westeurope"
  resource_group_name = "rg-k8s"
  dns_prefix          = "prod"

  default_node_pool {
    name                    = "system"
    node_count              = 3
    vm_size                 = "Standard_D4s_v5"
    host_encryption_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = azurerm_kubernetes_cluster.prod.id
  vm_size                 = "Standard_D8s_v5"
  node_count              = 2
  host_encryption_enabled = true
}
