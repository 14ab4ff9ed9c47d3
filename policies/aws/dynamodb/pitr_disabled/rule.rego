# METADATA
# title: DynamoDB table does not have point-in-time recovery
# description: >-
#   Point-in-time recovery keeps continuous backups for 35 days, so a table damaged by a bad
#   deployment, a buggy batch job or a malicious delete can be restored to the second before it
#   happened. It is off unless point_in_time_recovery { enabled = true } is set.
# custom:
#   id: PLB-AWS-DDB-001
#   severity: medium
#   types: [aws_dynamodb_table]
#   remediation: Add point_in_time_recovery { enabled = true } to the aws_dynamodb_table.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
#   fix:
#     set: {path: [point_in_time_recovery, 0, enabled], value: true}
package plumb.rules.aws.dynamodb.pitr_disabled

import rego.v1

pitr_block if count(input.attributes.point_in_time_recovery) > 0

deny contains {"msg": msg, "path": []} if {
	not pitr_block
	msg := sprintf("DynamoDB table %s has no point-in-time recovery", [input.key])
}

deny contains {"msg": msg, "path": ["point_in_time_recovery", i, "enabled"]} if {
	some i, block in input.attributes.point_in_time_recovery
	block.enabled == false
	msg := sprintf("DynamoDB table %s turns point-in-time recovery off", [input.key])
}

# The block without `enabled` leaves recovery off.
deny contains {"msg": msg, "path": ["point_in_time_recovery", i]} if {
	some i, block in input.attributes.point_in_time_recovery
	is_object(block)
	not has_enabled(block)
	msg := sprintf("DynamoDB table %s declares point_in_time_recovery without enabled = true", [input.key])
}

has_enabled(block) if _ = block.enabled
