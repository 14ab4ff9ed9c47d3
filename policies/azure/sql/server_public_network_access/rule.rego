# METADATA
# title: SQL server accepts connections from public networks
# description: >-
#   With public network access on (public_network_access_enabled defaults to true) the
#   server's endpoint is on the internet and only its firewall rules stand between it and
#   every attacker; one broad firewall rule exposes every database on it. Private endpoints
#   keep it off the internet.
# custom:
#   id: PLB-AZURE-SQL-001
#   severity: medium
#   types: [azurerm_mssql_server]
#   remediation: >-
#     Set public_network_access_enabled = false and connect through private endpoints.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.sql.server_public_network_access

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	msg := sprintf("SQL server %s accepts connections from public networks", [input.key])
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
