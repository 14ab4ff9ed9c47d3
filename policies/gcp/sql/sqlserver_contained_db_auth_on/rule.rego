# METADATA
# title: Cloud SQL for SQL Server allows contained database authentication
# description: >-
#   contained database authentication = on lets users authenticate against a database instead
#   of the server, outside the server's login policies; a database owner can create such
#   users and so grant access that server administrators do not see.
# custom:
#   id: PLB-GCP-SQL-015
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the "contained database authentication" database flag or set it to "off".
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.sqlserver_contained_db_auth_on

import rego.v1

flag := "contained database authentication"

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "SQLSERVER")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) == "on"
	msg := sprintf("%s sets the %s database flag to %s", [input.key, flag, f.value])
}
