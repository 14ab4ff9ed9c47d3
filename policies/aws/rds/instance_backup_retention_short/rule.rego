# METADATA
# title: RDS instance keeps automated backups for less than 7 days
# description: >-
#   Automated backups and point-in-time restore only reach back as far as the retention
#   period, so a short one can leave no clean copy by the time corruption, a bad migration or
#   ransomware is noticed. Plumb assumes that an instance without backup_retention_period gets
#   the RDS API default of 1 day (Terraform sends nothing), which is below the 7-day minimum; a
#   value of 0 turns automated backups off.
# custom:
#   id: PLB-AWS-RDS-003
#   severity: medium
#   types: [aws_db_instance]
#   remediation: >-
#     Set backup_retention_period = 7 or more (up to 35) on the aws_db_instance, and a
#     backup_window outside peak hours.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.rds.instance_backup_retention_short

import rego.v1

minimum_days := 7

retention_set if _ = input.attributes.backup_retention_period

# Read replicas are rebuilt from their source; their own backups are optional.
replica if _ = input.attributes.replicate_source_db

deny contains {"msg": msg, "path": []} if {
	not retention_set
	not replica
	msg := sprintf("RDS instance %s does not set backup_retention_period, so backups are kept for 1 day only (need %d)", [input.key, minimum_days])
}

deny contains {"msg": msg, "path": ["backup_retention_period"]} if {
	not replica
	days := input.attributes.backup_retention_period
	is_number(days)
	days < minimum_days
	msg := sprintf("RDS instance %s keeps automated backups for %d day(s); keep them at least %d days", [input.key, days, minimum_days])
}
