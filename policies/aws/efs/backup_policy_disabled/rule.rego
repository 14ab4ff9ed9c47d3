# METADATA
# title: EFS automatic backups are turned off
# description: >-
#   An aws_efs_backup_policy with status DISABLED stops AWS Backup's automatic daily
#   backups of the file system, so deleted or corrupted files cannot be restored unless
#   another backup plan covers it.
# custom:
#   id: PLB-AWS-EFS-005
#   severity: low
#   types: [aws_efs_backup_policy]
#   remediation: >-
#     Set backup_policy { status = "ENABLED" } on the aws_efs_backup_policy, or include
#     the file system in an AWS Backup plan.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.efs.backup_policy_disabled

import rego.v1

deny contains {"msg": msg, "path": ["backup_policy", i, "status"]} if {
	some i, policy in input.attributes.backup_policy
	policy.status == "DISABLED"
	msg := sprintf("%s turns automatic backups of the file system off", [input.key])
}
