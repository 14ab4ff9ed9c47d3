# METADATA
# title: Cosmos DB account accepts connections from every network
# description: >-
#   An account with public network access on (the default), no virtual network filter and no
#   IP range filter answers every address on the internet, so a leaked key or token is usable
#   from anywhere.
# custom:
#   id: PLB-AZURE-COSMOS-001
#   severity: high
#   types: [azurerm_cosmosdb_account]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints, or set
#     is_virtual_network_filter_enabled = true with virtual_network_rule blocks and/or an
#     ip_range_filter.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.cosmos.public_network_unrestricted

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	is_virtual_network_filter_enabled == false
	count(ip_range_filter) == 0
	msg := sprintf("Cosmos DB account %s accepts connections from every network", [input.key])
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled

# Absent means the provider's default.
default is_virtual_network_filter_enabled := false

is_virtual_network_filter_enabled := input.attributes.is_virtual_network_filter_enabled

# Absent means the provider's default.
default ip_range_filter := []

ip_range_filter := input.attributes.ip_range_filter
