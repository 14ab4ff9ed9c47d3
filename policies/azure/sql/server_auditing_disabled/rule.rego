# METADATA
# title: SQL server does not audit database activity
# description: >-
#   Server auditing records logins, queries and permission changes for every database on the
#   server, the trail needed to detect and investigate misuse. In provider v3 and v4 it is
#   configured by a separate azurerm_mssql_server_extended_auditing_policy resource, merged
#   into the server; without one, or with enabled = false, nothing is recorded.
# custom:
#   id: PLB-AZURE-SQL-004
#   severity: medium
#   types: [azurerm_mssql_server]
#   remediation: >-
#     Add an azurerm_mssql_server_extended_auditing_policy for the server that sends audit
#     logs to a storage account, Log Analytics workspace or Event Hub.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.sql.server_auditing_disabled

import rego.v1

deny contains {"msg": msg, "path": ["extended_auditing_policy"]} if {
	not input.attributes.extended_auditing_policy
	msg := sprintf("SQL server %s has no auditing policy", [input.key])
}

deny contains {"msg": msg, "path": ["extended_auditing_policy", i, "enabled"]} if {
	some i, p in input.attributes.extended_auditing_policy
	p.enabled == false
	msg := sprintf("SQL server %s has its auditing policy turned off", [input.key])
}
