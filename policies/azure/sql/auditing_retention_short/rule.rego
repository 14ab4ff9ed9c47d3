# METADATA
# title: SQL audit logs are kept for less than 90 days
# description: >-
#   Audit records deleted within weeks cannot support an investigation of a breach found
#   later. retention_in_days of 0 (the default) keeps them indefinitely; this rule fires when
#   a server or database auditing policy (merged from the
#   azurerm_mssql_*_extended_auditing_policy resources) keeps them for fewer days than the
#   minimum, 90 by default (a parameter).
# custom:
#   id: PLB-AZURE-SQL-005
#   severity: low
#   types: [azurerm_mssql_server, azurerm_mssql_database]
#   remediation: >-
#     Set retention_in_days to 90 or more, or to 0 to keep audit records indefinitely.
#   parameters:
#     minimum_days: 90
#   controls:
#     nist-800-53: ["AU-11"]
#     pci-dss: ["10.5.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.sql.auditing_retention_short

import rego.v1

default minimum_days := 90

minimum_days := d if {
	d := data.plumb.params["PLB-AZURE-SQL-005"].minimum_days
	is_number(d)
}

deny contains {"msg": msg, "path": ["extended_auditing_policy", i, "retention_in_days"]} if {
	some i, p in input.attributes.extended_auditing_policy
	is_number(p.retention_in_days)
	p.retention_in_days > 0
	p.retention_in_days < minimum_days
	msg := sprintf("%s keeps audit logs for %d days; keep them at least %d", [input.key, p.retention_in_days, minimum_days])
}
