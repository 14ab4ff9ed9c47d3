# METADATA
# title: Backup vault encrypts recovery points with the AWS managed key
# description: >-
#   A vault without kms_key_arn encrypts the recovery points it holds (for services whose
#   backups AWS Backup encrypts itself) with the AWS managed key aws/backup, whose policy
#   cannot be narrowed: anyone allowed to restore in the account can use it, and copies to
#   another account are not possible.
# custom:
#   id: PLB-AWS-BACKUP-001
#   severity: low
#   types: [aws_backup_vault]
#   remediation: >-
#     Create a customer managed aws_kms_key for backups, held by a separate
#     administrator, and set kms_key_arn on the aws_backup_vault.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.backup.vault_no_customer_kms_key

import rego.v1

key_set if _ = input.attributes.kms_key_arn

deny contains {"msg": msg, "path": ["kms_key_arn"]} if {
	not key_set
	msg := sprintf("backup vault %s encrypts with the AWS managed key aws/backup", [input.key])
}
