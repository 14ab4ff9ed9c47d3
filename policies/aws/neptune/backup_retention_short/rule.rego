# METADATA
# title: Neptune cluster keeps backups for less than 7 days
# description: >-
#   A Neptune cluster can be restored only to a point inside its backup retention period,
#   which defaults to 1 day.
# custom:
#   id: PLB-AWS-NEPTUNE-004
#   severity: medium
#   types: [aws_neptune_cluster]
#   remediation: >-
#     Set backup_retention_period = 7 or more (up to 35) on the aws_neptune_cluster.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.neptune.backup_retention_short

import rego.v1

minimum := 7

attr_set if _ = input.attributes.backup_retention_period

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set backup_retention_period, so the default of 1 day(s) applies (need %d)", [input.key, minimum])
}

deny contains {"msg": msg, "path": ["backup_retention_period"]} if {
	v := input.attributes.backup_retention_period
	is_number(v)
	v < minimum
	msg := sprintf("%s sets backup_retention_period = %d; keep at least %d day(s)", [input.key, v, minimum])
}
