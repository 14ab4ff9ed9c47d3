# METADATA
# title: SQL server firewall rule admits every IPv4 address
# description: >-
#   A firewall rule from 0.0.0.0 to 255.255.255.255 lets any address on the internet reach
#   the server's login endpoint, leaving only passwords between an attacker and every
#   database on the server.
# custom:
#   id: PLB-AZURE-SQL-006
#   severity: critical
#   types: [azurerm_mssql_firewall_rule]
#   remediation: >-
#     Replace the rule with rules for the specific public addresses that need access, or
#     disable public network access and use private endpoints.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.sql.firewall_allows_all

import rego.v1

deny contains {"msg": msg, "path": ["end_ip_address"]} if {
	input.attributes.start_ip_address == "0.0.0.0"
	input.attributes.end_ip_address == "255.255.255.255"
	msg := sprintf("SQL firewall rule %s admits every IPv4 address", [input.key])
}
