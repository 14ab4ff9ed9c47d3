# METADATA
# title: RDS instance storage is not encrypted
# description: >-
#   An unencrypted DB instance leaves its data files, automated backups, read replicas and
#   snapshots readable to anyone who gets hold of the underlying storage or a shared snapshot.
#   Encryption can only be chosen when the instance is created; storage_encrypted defaults to
#   false.
# custom:
#   id: PLB-AWS-RDS-001
#   severity: high
#   types: [aws_db_instance]
#   remediation: >-
#     Set storage_encrypted = true (optionally kms_key_id to a customer managed key). For an
#     existing instance, restore an encrypted copy of a snapshot and switch over to it.
#   controls:
#     cis-aws: ["2.3.1"]
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [storage_encrypted], value: true}
package plumb.rules.aws.rds.instance_storage_unencrypted

import rego.v1

encryption_set if _ = input.attributes.storage_encrypted

# A read replica or a restore from a snapshot takes its encryption from the source, which
# this resource alone does not show.
inherits_encryption if _ = input.attributes.replicate_source_db

inherits_encryption if _ = input.attributes.snapshot_identifier

deny contains {"msg": msg, "path": []} if {
	not encryption_set
	not inherits_encryption
	msg := sprintf("RDS instance %s does not set storage_encrypted, so its storage is unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["storage_encrypted"]} if {
	input.attributes.storage_encrypted == false
	msg := sprintf("RDS instance %s sets storage_encrypted = false", [input.key])
}
