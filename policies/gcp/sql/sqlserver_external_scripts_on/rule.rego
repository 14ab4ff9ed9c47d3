# METADATA
# title: Cloud SQL for SQL Server allows external scripts
# description: >-
#   external scripts enabled = on lets sp_execute_external_script run R and Python code from
#   T-SQL, which a SQL injection can turn into code execution outside the database engine.
# custom:
#   id: PLB-GCP-SQL-011
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the "external scripts enabled" database flag or set it to "off".
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.sqlserver_external_scripts_on

import rego.v1

flag := "external scripts enabled"

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "SQLSERVER")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) == "on"
	msg := sprintf("%s sets the %s database flag to %s", [input.key, flag, f.value])
}
