terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "legacy" {
  name                = "nsg-legacy"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "any"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*" # plumb-test:expect
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "wide" {
  name                        = "wide"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.legacy.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "0-65535"
  source_address_prefix       = "Internet" # plumb-test:expect
  destination_address_prefix  = "*"
}
