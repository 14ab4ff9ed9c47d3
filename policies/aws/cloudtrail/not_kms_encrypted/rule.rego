# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: >-
#   Without kms_key_id, trail logs are encrypted with S3-managed keys, so anyone allowed to read
#   the log bucket can read the account's whole API history. With a customer managed KMS key,
#   reading the logs also needs kms:Decrypt on the key, a second control that is logged itself.
# custom:
#   id: PLB-AWS-CT-003
#   severity: medium
#   types: [aws_cloudtrail]
#   remediation: >-
#     Create an aws_kms_key whose policy lets cloudtrail.amazonaws.com use it for this trail and
#     set kms_key_id to its ARN on the aws_cloudtrail.
#   controls:
#     cis-aws: ["3.5"]
#     nist-800-53: ["AU-9", "SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#   fix:
#     none: the KMS key to encrypt the trail with is yours to choose
package plumb.rules.aws.cloudtrail.not_kms_encrypted

import rego.v1

key_set if _ = input.attributes.kms_key_id

deny contains {"msg": msg, "path": []} if {
	not key_set
	msg := sprintf("trail %s does not encrypt its logs with a KMS key", [input.key])
}

deny contains {"msg": msg, "path": ["kms_key_id"]} if {
	input.attributes.kms_key_id == ""
	msg := sprintf("trail %s sets an empty kms_key_id, so its logs are not KMS-encrypted", [input.key])
}
