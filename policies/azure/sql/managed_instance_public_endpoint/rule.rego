# METADATA
# title: SQL managed instance has its public data endpoint enabled
# description: >-
#   A managed instance lives in a virtual network; public_data_endpoint_enabled = true adds
#   an internet-facing endpoint on port 3342 that bypasses that isolation, guarded only by
#   the subnet's network security group.
# custom:
#   id: PLB-AZURE-SQL-009
#   severity: high
#   types: [azurerm_mssql_managed_instance]
#   remediation: >-
#     Set public_data_endpoint_enabled = false and reach the instance through its virtual
#     network or a private endpoint.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.sql.managed_instance_public_endpoint

import rego.v1

deny contains {"msg": msg, "path": ["public_data_endpoint_enabled"]} if {
	input.attributes.public_data_endpoint_enabled == true
	msg := sprintf("SQL managed instance %s exposes a public data endpoint", [input.key])
}
