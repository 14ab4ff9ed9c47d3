# METADATA
# title: Cloud SQL for PostgreSQL logs statement text by duration
# description: >-
#   log_min_duration_statement set to anything but -1 writes the full text of slow statements
#   to the logs, literals included, so passwords, personal data and tokens in queries end up
#   in Cloud Logging where far more people can read them.
# custom:
#   id: PLB-GCP-SQL-007
#   severity: low
#   types: [google_sql_database_instance]
#   remediation: >-
#     Remove the log_min_duration_statement database flag (its default, -1, logs no statement
#     text) and use Query Insights for slow-query analysis.
#   controls:
#     nist-800-53: ["SI-12"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.11"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.sql.pg_log_min_duration_statement_set

import rego.v1

deny contains {"msg": msg, "path": ["settings", i, "database_flags", k, "value"]} if {
	startswith(input.attributes.database_version, "POSTGRES")
	some i, settings in input.attributes.settings
	some k, f in settings.database_flags
	f.name == "log_min_duration_statement"
	is_string(f.value)
	f.value != "-1"
	msg := sprintf("%s logs the text of statements slower than %sms", [input.key, f.value])
}
