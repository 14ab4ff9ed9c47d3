# METADATA
# title: SQL database transparent data encryption is turned off
# description: >-
#   Transparent data encryption encrypts the database files, backups and logs at rest. It is
#   on by default (transparent_data_encryption_enabled = true); turning it off leaves data
#   readable from any copy of the files.
# custom:
#   id: PLB-AZURE-SQL-008
#   severity: high
#   types: [azurerm_mssql_database]
#   remediation: >-
#     Remove transparent_data_encryption_enabled = false (or set it to true).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.sql.database_tde_disabled

import rego.v1

deny contains {"msg": msg, "path": ["transparent_data_encryption_enabled"]} if {
	input.attributes.transparent_data_encryption_enabled == false
	msg := sprintf("SQL database %s is not encrypted at rest (TDE off)", [input.key])
}
