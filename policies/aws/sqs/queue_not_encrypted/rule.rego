# METADATA
# title: SQS queue turns server-side encryption off
# description: >-
#   Messages in a queue without server-side encryption are stored in clear on the service side.
#   Queues created since October 2022 get SQS-managed encryption (SSE-SQS) by default, and the
#   AWS provider sends nothing when sqs_managed_sse_enabled is unset, so Plumb treats an unset
#   value as encrypted and flags only sqs_managed_sse_enabled = false without a
#   kms_master_key_id.
# custom:
#   id: PLB-AWS-SQS-001
#   severity: medium
#   types: [aws_sqs_queue]
#   remediation: >-
#     Remove sqs_managed_sse_enabled = false (or set it to true), or set kms_master_key_id to a
#     customer managed aws_kms_key to control who can decrypt messages.
#   controls:
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {path: [sqs_managed_sse_enabled], value: true}
package plumb.rules.aws.sqs.queue_not_encrypted

import rego.v1

kms_encrypted if {
	key := input.attributes.kms_master_key_id
	key != ""
}

deny contains {"msg": msg, "path": ["sqs_managed_sse_enabled"]} if {
	input.attributes.sqs_managed_sse_enabled == false
	not kms_encrypted
	msg := sprintf("SQS queue %s turns off server-side encryption and names no KMS key", [input.key])
}
