# METADATA
# title: IAM policy grants every action of a service on every resource
# description: >-
#   An action such as "s3:*" or "dynamodb:*" on Resource "*" hands over every present and future
#   operation of that service on every resource of the account, including deleting data and
#   rewriting the resources' own access policies. Permissions should name the operations and
#   resources a principal actually uses.
# custom:
#   id: PLB-AWS-IAM-003
#   severity: medium
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     Replace the service wildcard with the operations the principal calls (for example
#     ["s3:GetObject", "s3:PutObject"]) and scope Resource to the ARNs it works on (for example
#     "arn:aws:s3:::example-bucket/*").
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15"]
package plumb.rules.aws.iam.service_wildcard_action

import data.plumb.lib.aws
import rego.v1

statements contains s if some s in aws.b2_statements_at(input.attributes.policy, ["policy"])

statements contains s if {
	some i, block in input.attributes.inline_policy
	some s in aws.b2_statements_at(block.policy, ["inline_policy", i, "policy"])
}

deny contains {"msg": msg, "path": s.path} if {
	some s in statements
	aws.b2_allows(s.stmt)
	aws.b2_resource_any(s.stmt)
	wildcards := [action |
		some action in aws.b2_list(s.stmt.Action)
		is_string(action)
		regex.match(`^[A-Za-z0-9-]+:\*$`, action)
	]
	count(wildcards) > 0
	msg := sprintf("%s allows every action of %s on every resource", [input.key, concat(", ", wildcards)])
}
