# METADATA
# title: SQL server firewall admits all Azure services
# description: >-
#   The special rule from 0.0.0.0 to 0.0.0.0 ("Allow Azure services and resources to access
#   this server") admits connections from any Azure IP address, including virtual machines
#   and functions in other customers' subscriptions, not just the organisation's own.
# custom:
#   id: PLB-AZURE-SQL-007
#   severity: medium
#   types: [azurerm_mssql_firewall_rule]
#   remediation: >-
#     Remove the 0.0.0.0 rule and allow the application's subnets through virtual network
#     rules or private endpoints.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.sql.firewall_allows_azure_services

import rego.v1

deny contains {"msg": msg, "path": ["start_ip_address"]} if {
	input.attributes.start_ip_address == "0.0.0.0"
	input.attributes.end_ip_address == "0.0.0.0"
	msg := sprintf("SQL firewall rule %s admits connections from every Azure service in any tenant", [input.key])
}
