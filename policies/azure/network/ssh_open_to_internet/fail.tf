terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

resource "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "Internet" # plumb-test:expect
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_group" "jump" {
  name                = "nsg-jump"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "admin"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["80", "20-25"]
    source_address_prefixes    = ["10.0.0.0/8", "0.0.0.0/0"] # plumb-test:expect
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "ssh_any" {
  name                        = "ssh-any"
  resource_group_name         = "rg-net"
  network_security_group_name = azurerm_network_security_group.jump.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "*" # plumb-test:expect
  destination_address_prefix  = "*"
}

# Its group is declared elsewhere: judged on its own.

resource "azurerm_network_security_rule" "ssh_shared" {
  name                        = "ssh-shared"
  resource_group_name         = "rg-shared"
  network_security_group_name = "nsg-shared"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "0.0.0.0/0" # plumb-test:expect
  destination_address_prefix  = "*"
}
