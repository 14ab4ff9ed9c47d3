# METADATA
# title: RDS cluster storage is not encrypted
# description: >-
#   An unencrypted Aurora or Multi-AZ DB cluster leaves its shared storage, backups and snapshots
#   readable to anyone who gets the underlying storage or a shared snapshot. For provisioned
#   clusters storage_encrypted defaults to false and cannot be changed after creation
#   (Aurora Serverless v1 clusters are always encrypted).
# custom:
#   id: PLB-AWS-RDS-006
#   severity: high
#   types: [aws_rds_cluster]
#   remediation: >-
#     Set storage_encrypted = true (optionally kms_key_id to a customer managed key). For an
#     existing cluster, restore an encrypted copy of a snapshot and switch over to it.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [storage_encrypted], value: true}
package plumb.rules.aws.rds.cluster_storage_unencrypted

import rego.v1

encryption_set if _ = input.attributes.storage_encrypted

serverless_v1 if input.attributes.engine_mode == "serverless"

# A cluster restored from a snapshot or replicating another takes its encryption from the
# source, which this resource alone does not show.
inherits_encryption if _ = input.attributes.snapshot_identifier

inherits_encryption if _ = input.attributes.replication_source_identifier

deny contains {"msg": msg, "path": []} if {
	not encryption_set
	not serverless_v1
	not inherits_encryption
	msg := sprintf("RDS cluster %s does not set storage_encrypted, so its storage is unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["storage_encrypted"]} if {
	input.attributes.storage_encrypted == false
	not serverless_v1
	msg := sprintf("RDS cluster %s sets storage_encrypted = false", [input.key])
}
