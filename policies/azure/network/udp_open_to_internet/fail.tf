terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "dns" {
  name                = "nsg-dns"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "dns"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "Internet" # plumb-test:expect
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "quic"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "*" # plumb-test:expect
    destination_address_prefix = "*"
  }
}
