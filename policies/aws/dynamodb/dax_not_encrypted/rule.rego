# METADATA
# title: DAX cluster does not encrypt data at rest
# description: >-
#   A DynamoDB Accelerator cluster caches table items on its nodes' disks. Unless
#   server_side_encryption { enabled = true } is set when the cluster is created, that cache,
#   its logs and its configuration are stored unencrypted; it cannot be turned on later.
# custom:
#   id: PLB-AWS-DDB-004
#   severity: medium
#   types: [aws_dax_cluster]
#   remediation: >-
#     Add server_side_encryption { enabled = true } to the aws_dax_cluster (this replaces the
#     cluster).
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [server_side_encryption, 0, enabled], value: true}
package plumb.rules.aws.dynamodb.dax_not_encrypted

import rego.v1

sse_block if count(input.attributes.server_side_encryption) > 0

deny contains {"msg": msg, "path": []} if {
	not sse_block
	msg := sprintf("DAX cluster %s does not encrypt its data at rest", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i, "enabled"]} if {
	some i, block in input.attributes.server_side_encryption
	block.enabled == false
	msg := sprintf("DAX cluster %s turns encryption at rest off", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i]} if {
	some i, block in input.attributes.server_side_encryption
	is_object(block)
	not has_enabled(block)
	msg := sprintf("DAX cluster %s declares server_side_encryption without enabled = true", [input.key])
}

has_enabled(block) if _ = block.enabled
