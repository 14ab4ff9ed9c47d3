# METADATA
# title: RDS cluster keeps automated backups for less than 7 days
# description: >-
#   An Aurora or Multi-AZ DB cluster can only be restored to a point inside its backup
#   retention period. Without backup_retention_period the cluster keeps 1 day of backups (the
#   provider's default), usually too short to notice corruption, a bad migration or a
#   destructive attacker before the last clean copy expires.
# custom:
#   id: PLB-AWS-RDS-008
#   severity: medium
#   types: [aws_rds_cluster]
#   remediation: >-
#     Set backup_retention_period = 7 or more (up to 35) on the aws_rds_cluster, with a
#     preferred_backup_window outside peak hours.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.rds.cluster_backup_retention_short

import rego.v1

minimum_days := 7

retention_set if _ = input.attributes.backup_retention_period

deny contains {"msg": msg, "path": []} if {
	not retention_set
	msg := sprintf("RDS cluster %s does not set backup_retention_period, so backups are kept for 1 day only (need %d)", [input.key, minimum_days])
}

deny contains {"msg": msg, "path": ["backup_retention_period"]} if {
	days := input.attributes.backup_retention_period
	is_number(days)
	days < minimum_days
	msg := sprintf("RDS cluster %s keeps automated backups for %d day(s); keep them at least %d days", [input.key, days, minimum_days])
}
