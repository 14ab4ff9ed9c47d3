# METADATA
# title: Cloud SQL instance does not take automated backups
# description: >-
#   Without backup_configuration { enabled = true }, Cloud SQL takes no automated backups and
#   keeps no point-in-time recovery log, so a dropped table or a corrupted database cannot be
#   restored. Read replicas, which cannot have backups, are not judged.
# custom:
#   id: PLB-GCP-SQL-004
#   severity: medium
#   types: [google_sql_database_instance]
#   remediation: >-
#     Add settings { backup_configuration { enabled = true, point_in_time_recovery_enabled =
#     true (binary_log_enabled for MySQL) } }.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.gcp.sql.backups_disabled

import rego.v1

deny contains {"msg": msg, "path": ["settings", i, "backup_configuration"]} if {
	no_master_instance_name
	some i, settings in input.attributes.settings
	no_backup_configuration(settings)
	msg := sprintf("%s takes no automated backups (no backup_configuration)", [input.key])
}

deny contains {"msg": msg, "path": ["settings", i, "backup_configuration", j, "enabled"]} if {
	no_master_instance_name
	some i, settings in input.attributes.settings
	some j, backup in settings.backup_configuration
	not backup.enabled == true
	msg := sprintf("%s takes no automated backups (backup_configuration.enabled is not true)", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_backup_configuration(settings) if not settings.backup_configuration

no_backup_configuration(settings) if settings.backup_configuration in {[], ""}

no_master_instance_name if not input.attributes.master_instance_name

no_master_instance_name if input.attributes.master_instance_name in {[], ""}
