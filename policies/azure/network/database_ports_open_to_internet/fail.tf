terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "data" {
  name                = "nsg-data"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "postgres"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "Internet" # plumb-test:expect
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "mongo"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["27017"]
    source_address_prefix      = "*" # plumb-test:expect
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "mysql" {
  name                        = "mysql"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.data.name
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3306"
  source_address_prefix       = "0.0.0.0/0" # plumb-test:expect
  destination_address_prefix  = "*"
}
