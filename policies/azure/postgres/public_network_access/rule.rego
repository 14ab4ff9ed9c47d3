# METADATA
# title: PostgreSQL flexible server accepts connections from public networks
# description: >-
#   A flexible server outside a virtual network is reachable from the internet, guarded only
#   by its firewall rules and passwords. Provider v4 defaults public_network_access_enabled
#   to true; a server integrated into a subnet (delegated_subnet_id) or with public access
#   turned off passes.
# custom:
#   id: PLB-AZURE-POSTGRES-001
#   severity: medium
#   types: [azurerm_postgresql_flexible_server]
#   remediation: >-
#     Deploy the server into a delegated subnet or set public_network_access_enabled = false
#     and use private endpoints.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.postgres.public_network_access

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	not input.attributes.delegated_subnet_id
	msg := sprintf("PostgreSQL flexible server %s accepts connections from public networks", [input.key])
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
