# METADATA
# title: RDS storage is encrypted with the AWS managed key
# description: >-
#   An encrypted RDS instance or cluster without kms_key_id uses the AWS managed key
#   aws/rds, whose key policy the account cannot change: access to the data cannot be
#   separated from access to RDS, the key cannot be disabled in an incident, and snapshots
#   encrypted with it cannot be shared with another account. Read replicas and restores
#   take their key from their source and are not judged.
# custom:
#   id: PLB-AWS-RDS-014
#   severity: low
#   types: [aws_db_instance, aws_rds_cluster]
#   remediation: >-
#     Create an aws_kms_key with rotation enabled and a policy naming the roles allowed to use
#     it, and set kms_key_id to its ARN (a new key means creating the database anew or
#     restoring a re-encrypted snapshot copy).
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#   fix:
#     none: the customer-managed KMS key is yours to choose
package plumb.rules.aws.rds.storage_no_customer_kms_key

import rego.v1

key_set if _ = input.attributes.kms_key_id

inherits_key if _ = input.attributes.replicate_source_db

inherits_key if _ = input.attributes.snapshot_identifier

inherits_key if _ = input.attributes.replication_source_identifier

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	input.attributes.storage_encrypted == true
	not key_set
	not inherits_key
	msg := sprintf("%s encrypts its storage with the AWS managed key aws/rds, not a customer managed KMS key", [input.key])
}
