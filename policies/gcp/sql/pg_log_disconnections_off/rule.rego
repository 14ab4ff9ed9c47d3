# METADATA
# title: Cloud SQL for PostgreSQL does not log disconnections
# description: >-
#   Without log_disconnections = on, PostgreSQL records no session ends and durations, which
#   an investigation needs to tell how long a suspicious session lasted. Cloud SQL leaves it
#   off.
# custom:
#   id: PLB-GCP-SQL-006
#   severity: low
#   types: [google_sql_database_instance]
#   remediation: >-
#     Add database_flags { name = "log_disconnections" value = "on" } to the instance's settings.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.gcp.sql.pg_log_disconnections_off

import rego.v1

flag := "log_disconnections"

# The flag is not set: the engine's default ("off") applies.
deny contains {"msg": msg, "path": ["settings", i, "database_flags"]} if {
	startswith(input.attributes.database_version, "POSTGRES")
	some i, settings in input.attributes.settings
	not has_flag(settings)
	msg := sprintf("%s does not set the %s database flag to %s", [input.key, flag, "on"])
}

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "POSTGRES")
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
