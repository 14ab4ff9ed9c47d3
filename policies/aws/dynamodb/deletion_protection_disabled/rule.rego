# METADATA
# title: DynamoDB table does not have deletion protection
# description: >-
#   Without deletion protection a table, and every item in it, goes with one DeleteTable call,
#   a mistaken terraform destroy or a forced replacement. deletion_protection_enabled defaults
#   to false.
# custom:
#   id: PLB-AWS-DDB-003
#   severity: medium
#   types: [aws_dynamodb_table]
#   remediation: >-
#     Set deletion_protection_enabled = true on the aws_dynamodb_table (turn it off in a separate,
#     reviewed change when the table really must go).
#   controls:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
#   fix:
#     set: {path: [deletion_protection_enabled], value: true}
package plumb.rules.aws.dynamodb.deletion_protection_disabled

import rego.v1

protection_set if _ = input.attributes.deletion_protection_enabled

deny contains {"msg": msg, "path": []} if {
	not protection_set
	msg := sprintf("DynamoDB table %s does not enable deletion protection", [input.key])
}

deny contains {"msg": msg, "path": ["deletion_protection_enabled"]} if {
	input.attributes.deletion_protection_enabled == false
	msg := sprintf("DynamoDB table %s turns deletion protection off", [input.key])
}
