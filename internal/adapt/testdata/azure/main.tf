resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

resource "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name

  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

# Same NSG name, other resource group: a rule naming "nsg-web" in rg-app is not its.
resource "azurerm_network_security_group" "web_other_rg" {
  name                = "nsg-web"
  location            = "westeurope"
  resource_group_name = "rg-other"
}

# By reference.
resource "azurerm_network_security_rule" "ssh" {
  name                        = "ssh"
  resource_group_name         = azurerm_resource_group.app.name
  network_security_group_name = azurerm_network_security_group.web.name
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
}

# By name within the resource group.
resource "azurerm_network_security_rule" "rdp" {
  name                        = "rdp"
  resource_group_name         = "rg-app"
  network_security_group_name = "nsg-web"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["3389"]
  source_address_prefixes     = ["0.0.0.0/0"]
  destination_address_prefix  = "*"
}

# Names an NSG in a resource group the scan does not hold: stays standalone.
resource "azurerm_network_security_rule" "elsewhere" {
  name                        = "elsewhere"
  resource_group_name         = "rg-shared"
  network_security_group_name = "nsg-web"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "5432"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
}

variable "dynamic_rules" {
  type = list(object({ name = string, port = string }))
}

resource "azurerm_network_security_group" "dyn" {
  name                = "nsg-dyn"
  location            = "westeurope"
  resource_group_name = "rg-app"

  dynamic "security_rule" {
    for_each = var.dynamic_rules
    content {
      name                       = security_rule.value.name
      priority                   = 100
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_port_range          = "*"
      destination_port_range     = security_rule.value.port
      source_address_prefix      = "*"
      destination_address_prefix = "*"
    }
  }
}

# Its parent's rule list is unknown: merging would hide it.
resource "azurerm_network_security_rule" "into_dynamic" {
  name                        = "into-dynamic"
  resource_group_name         = "rg-app"
  network_security_group_name = azurerm_network_security_group.dyn.name
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
}

resource "azurerm_storage_account" "data" {
  name                     = "stappdata"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "GRS"

  network_rules {
    default_action = "Allow"
  }
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id = azurerm_storage_account.data.id
  default_action     = "Deny"
  bypass             = ["AzureServices"]
  ip_rules           = ["203.0.113.0/24"]
}

resource "azurerm_mssql_server" "main" {
  name                         = "sql-app"
  resource_group_name          = azurerm_resource_group.app.name
  location                     = azurerm_resource_group.app.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-real-secret"
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id         = azurerm_mssql_server.main.id
  storage_endpoint  = azurerm_storage_account.data.primary_blob_endpoint
  retention_in_days = 30
}

resource "azurerm_key_vault" "app" {
  name                = "kv-app"
  location            = "westeurope"
  resource_group_name = "rg-app"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"

  access_policy {
    tenant_id          = "00000000-0000-0000-0000-000000000000"
    object_id          = "11111111-1111-1111-1111-111111111111"
    secret_permissions = ["Get"]
  }
}

resource "azurerm_key_vault_access_policy" "ci" {
  key_vault_id       = azurerm_key_vault.app.id
  tenant_id          = "00000000-0000-0000-0000-000000000000"
  object_id          = "22222222-2222-2222-2222-222222222222"
  secret_permissions = ["Get", "List", "Set"]
}
