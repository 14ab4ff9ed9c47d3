terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "desktops" {
  name                = "nsg-desktops"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "*" # plumb-test:expect
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "rdp_range" {
  name                        = "rdp-range"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.desktops.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3000-4000"
  source_address_prefix       = "Internet" # plumb-test:expect
  destination_address_prefix  = "*"
}
