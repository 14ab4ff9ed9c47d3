# METADATA
# title: DocumentDB cluster storage is not encrypted
# description: >-
#   A DocumentDB cluster stores its documents, indexes, automated backups and snapshots
#   unencrypted unless storage_encrypted = true is set when it is created; the provider's
#   default is false, and encryption cannot be added to an existing cluster.
# custom:
#   id: PLB-AWS-DOCDB-001
#   severity: high
#   types: [aws_docdb_cluster]
#   remediation: >-
#     Set storage_encrypted = true (and kms_key_id to a customer managed key) on the
#     aws_docdb_cluster; for an existing cluster, restore an encrypted copy from a
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
package plumb.rules.aws.docdb.storage_not_encrypted

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
