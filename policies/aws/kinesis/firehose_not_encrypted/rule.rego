# METADATA
# title: Kinesis Data Firehose stream does not encrypt buffered data
# description: >-
#   A Firehose delivery stream fed directly by producers (Direct PUT) buffers their records
#   in the service until delivery; server_side_encryption is off by default, so that buffer
#   is not encrypted. Streams reading from a Kinesis data stream or MSK take their
#   protection from the source and are not judged.
# custom:
#   id: PLB-AWS-KINESIS-003
#   severity: medium
#   types: [aws_kinesis_firehose_delivery_stream]
#   remediation: >-
#     Add server_side_encryption { enabled = true, key_type = "CUSTOMER_MANAGED_CMK",
#     key_arn = ... } (or AWS_OWNED_CMK) to the aws_kinesis_firehose_delivery_stream.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.kinesis.firehose_not_encrypted

import rego.v1

# A stream reading another service takes its protection from the source; SSE cannot be set.
sourced if count(input.attributes.kinesis_source_configuration) > 0

sourced if count(input.attributes.msk_source_configuration) > 0

sse_block if count(input.attributes.server_side_encryption) > 0

deny contains {"msg": msg, "path": []} if {
	not sourced
	not sse_block
	msg := sprintf("Firehose stream %s does not encrypt the records it buffers", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i, "enabled"]} if {
	not sourced
	some i, sse in input.attributes.server_side_encryption
	sse.enabled == false
	msg := sprintf("Firehose stream %s turns server-side encryption off", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i]} if {
	not sourced
	some i, sse in input.attributes.server_side_encryption
	is_object(sse)
	not enabled_written(sse)
	msg := sprintf("Firehose stream %s declares server_side_encryption without enabled = true", [input.key])
}

enabled_written(sse) if _ = sse.enabled
