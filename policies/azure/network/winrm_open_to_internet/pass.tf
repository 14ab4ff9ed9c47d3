terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "mgmt" {
  name                = "nsg-mgmt"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "winrm"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5985-5986"
    source_address_prefix      = "172.16.0.0/12"
    destination_address_prefix = "*"
  }
}
