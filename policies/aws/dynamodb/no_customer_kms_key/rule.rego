# METADATA
# title: DynamoDB table is not encrypted with a customer managed KMS key
# description: >-
#   DynamoDB always encrypts data at rest, but by default with a key AWS owns (or, with
#   server_side_encryption enabled and no kms_key_arn, the AWS managed aws/dynamodb key). Only
#   a customer managed key lets you restrict and audit who may decrypt the table's data,
#   separately from who may read the table, and revoke that access by disabling the key.
# custom:
#   id: PLB-AWS-DDB-002
#   severity: low
#   types: [aws_dynamodb_table]
#   remediation: >-
#     Add server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<name>.arn } with
#     a customer managed aws_kms_key that has rotation enabled.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.dynamodb.no_customer_kms_key

import rego.v1

sse_block if count(input.attributes.server_side_encryption) > 0

deny contains {"msg": msg, "path": []} if {
	not sse_block
	msg := sprintf("DynamoDB table %s is encrypted with an AWS owned key, not a customer managed KMS key", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i, "enabled"]} if {
	some i, block in input.attributes.server_side_encryption
	block.enabled == false
	msg := sprintf("DynamoDB table %s sets server_side_encryption enabled = false, so an AWS owned key is used", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", i]} if {
	some i, block in input.attributes.server_side_encryption
	block.enabled == true
	not has_kms_key_arn(block)
	msg := sprintf("DynamoDB table %s uses the AWS managed aws/dynamodb key; name a customer managed key in kms_key_arn", [input.key])
}

has_kms_key_arn(block) if _ = block.kms_key_arn
