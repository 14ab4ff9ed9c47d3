# METADATA
# title: Neptune cluster storage is not encrypted
# description: >-
#   A Neptune cluster keeps its graph, backups and snapshots unencrypted unless
#   storage_encrypted = true is set when it is created; the provider's default is false and
#   encryption cannot be added later.
# custom:
#   id: PLB-AWS-NEPTUNE-001
#   severity: high
#   types: [aws_neptune_cluster]
#   remediation: >-
#     Set storage_encrypted = true (and kms_key_arn to a customer managed key) on the
#     aws_neptune_cluster; for an existing cluster, restore an encrypted copy from a
#     snapshot.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [storage_encrypted], value: true}
package plumb.rules.aws.neptune.storage_not_encrypted

import rego.v1

attr_set if _ = input.attributes.storage_encrypted

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set storage_encrypted, so its storage is not encrypted", [input.key])
}

deny contains {"msg": msg, "path": ["storage_encrypted"]} if {
	input.attributes.storage_encrypted == false
	msg := sprintf("%s sets storage_encrypted = false, so its storage is not encrypted", [input.key])
}
