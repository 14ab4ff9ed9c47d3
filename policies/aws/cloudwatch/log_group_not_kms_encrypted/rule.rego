# METADATA
# title: CloudWatch log group is not encrypted with a KMS key
# description: >-
#   CloudWatch Logs always encrypts log data, but without kms_key_id it uses a service key, so
#   anyone allowed to read the log group reads its contents. A customer managed key adds a
#   separate, audited kms:Decrypt permission and lets you cut off access to sensitive logs by
#   disabling the key.
# custom:
#   id: PLB-AWS-CW-002
#   severity: low
#   types: [aws_cloudwatch_log_group]
#   remediation: >-
#     Set kms_key_id to the ARN of a customer managed aws_kms_key whose policy allows the
#     logs.<region>.amazonaws.com service principal to use it for this log group.
#   controls:
#     nist-800-53: ["SC-28", "AU-9"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.cloudwatch.log_group_not_kms_encrypted

import rego.v1

key_set if _ = input.attributes.kms_key_id

deny contains {"msg": msg, "path": []} if {
	not key_set
	msg := sprintf("log group %s is not encrypted with a customer managed KMS key", [input.key])
}

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	input.attributes.kms_key_id == ""
	msg := sprintf("log group %s sets an empty kms_key_id", [input.key])
}
