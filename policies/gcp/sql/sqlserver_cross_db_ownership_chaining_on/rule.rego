# METADATA
# title: Cloud SQL for SQL Server enables cross-database ownership chaining
# description: >-
#   cross db ownership chaining = on lets a user who owns objects in one database reach objects
#   in every other database with the same owner without a permission check, so rights granted
#   in one database leak into the others.
# custom:
#   id: PLB-GCP-SQL-012
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the "cross db ownership chaining" database flag or set it to "off".
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.sqlserver_cross_db_ownership_chaining_on

import rego.v1

flag := "cross db ownership chaining"

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "SQLSERVER")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) == "on"
	msg := sprintf("%s sets the %s database flag to %s", [input.key, flag, f.value])
}
