# METADATA
# title: Cloud SQL for MySQL lets every user list all databases
# description: >-
#   Unless skip_show_database is on, any user can run SHOW DATABASES and learn the name of
#   every database on the instance, which helps an attacker holding one weak account pick a
#   target. Cloud SQL leaves it off.
# custom:
#   id: PLB-GCP-SQL-009
#   severity: low
#   types: [google_sql_database_instance]
#   remediation: >-
#     Add database_flags { name = "skip_show_database" value = "on" } to the instance's settings.
#   controls:
#     nist-800-53: ["CM-6", "CM-7"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.sql.mysql_skip_show_database_off

import rego.v1

flag := "skip_show_database"

# The flag is not set: the engine's default ("off") applies.
deny contains {"msg": msg, "path": ["settings", i, "database_flags"]} if {
	startswith(input.attributes.database_version, "MYSQL")
	some i, settings in input.attributes.settings
	not has_flag(settings)
	msg := sprintf("%s does not set the %s database flag to %s", [input.key, flag, "on"])
}

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "MYSQL")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == flag
	is_string(f.value)
	lower(f.value) != "on"
	msg := sprintf("%s sets the %s database flag to %s, not %s", [input.key, flag, f.value, "on"])
}

has_flag(settings) if {
	some f in settings.database_flags
	f.name == flag
}
