# METADATA
# title: Cloud SQL for SQL Server allows remote access to stored procedures
# description: >-
#   The remote access option (on by default) lets stored procedures be run from and on linked
#   servers, which widens what a compromised login can reach and can be abused to flood
#   another server with work.
# custom:
#   id: PLB-GCP-SQL-013
#   severity: low
#   types: [google_sql_database_instance]
#   remediation: >-
#     Add database_flags { name = "remote access" value = "off" } to the instance's settings.
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.sqlserver_remote_access_on

import rego.v1

flag := "remote access"

# The flag is not set: the engine's default ("on") applies.
deny contains {"msg": msg, "path": ["settings", i, "database_flags"]} if {
	startswith(input.attributes.database_version, "SQLSERVER")
	some i, settings in input.attributes.settings
	not has_flag(settings)
	msg := sprintf("%s does not set the %s database flag to %s", [input.key, flag, "off"])
}

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "SQLSERVER")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) != "off"
	msg := sprintf("%s sets the %s database flag to %s, not %s", [input.key, flag, f.value, "off"])
}

has_flag(settings) if {
	some f in settings.database_flags
	f.name == flag
}
