# METADATA
# title: PostgreSQL flexible server backups are not geo-redundant
# description: >-
#   Without geo-redundant backup storage (geo_redundant_backup_enabled defaults to false)
#   backups live in the server's region only, and a regional outage or disaster can take the
#   data and its backups together. It can only be chosen when the server is created.
# custom:
#   id: PLB-AZURE-POSTGRES-002
#   severity: low
#   types: [azurerm_postgresql_flexible_server]
#   remediation: >-
#     Create the server with geo_redundant_backup_enabled = true.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.postgres.geo_backup_disabled

import rego.v1

deny contains {"msg": msg, "path": ["geo_redundant_backup_enabled"]} if {
	geo_redundant_backup_enabled == false
	msg := sprintf("PostgreSQL flexible server %s keeps its backups in one region only", [input.key])
}

# Absent means the provider's default.
default geo_redundant_backup_enabled := false

geo_redundant_backup_enabled := input.attributes.geo_redundant_backup_enabled
