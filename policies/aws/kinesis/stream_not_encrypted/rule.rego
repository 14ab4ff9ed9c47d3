# METADATA
# title: Kinesis data stream is not encrypted at rest
# description: >-
#   A Kinesis data stream keeps its records for up to a year in the service's storage.
#   encryption_type defaults to NONE, so those records, often events with personal data or
#   tokens, are stored unencrypted unless it is set to KMS.
# custom:
#   id: PLB-AWS-KINESIS-001
#   severity: medium
#   types: [aws_kinesis_stream]
#   remediation: >-
#     Set encryption_type = "KMS" and kms_key_id (a customer managed key, or
#     alias/aws/kinesis) on the aws_kinesis_stream; producers and consumers need
#     kms:GenerateDataKey and kms:Decrypt on the key.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.kinesis.stream_not_encrypted

import rego.v1

type_set if _ = input.attributes.encryption_type

deny contains {"msg": msg, "path": []} if {
	not type_set
	msg := sprintf("Kinesis stream %s does not set encryption_type, so its records are stored unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["encryption_type"]} if {
	t := input.attributes.encryption_type
	is_string(t)
	upper(t) == "NONE"
	msg := sprintf("Kinesis stream %s sets encryption_type = NONE, so its records are stored unencrypted", [input.key])
}
