# METADATA
# title: IAM policy allows iam:PassRole on every role
# description: >-
#   iam:PassRole decides which roles a principal may hand to a service (an EC2 instance, a
#   Lambda function, a CloudFormation stack). Allowed on Resource "*", it lets the holder launch
#   something that runs as any role in the account, including administrator roles, which is a
#   classic privilege-escalation path.
# custom:
#   id: PLB-AWS-IAM-002
#   severity: high
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     List the ARNs of the roles that may be passed in the statement's Resource (for example
#     "arn:aws:iam::111122223333:role/app-task-*"), and add an iam:PassedToService condition
#     naming the service that should receive them.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.aws.iam.passrole_any_resource

import data.plumb.lib.aws
import rego.v1

statements contains s if some s in aws.b2_statements_at(input.attributes.policy, ["policy"])

statements contains s if {
	some i, block in input.attributes.inline_policy
	some s in aws.b2_statements_at(block.policy, ["inline_policy", i, "policy"])
}

# The bare "*" action is PLB-AWS-IAM-001's finding; this rule names the narrower grants
# (iam:PassRole, iam:Pass*, iam:*) that are easy to overlook.
deny contains {"msg": msg, "path": s.path} if {
	some s in statements
	aws.b2_allows(s.stmt)
	some action in aws.b2_list(s.stmt.Action)
	not action in {"*", "*:*"}
	aws.b2_action_matches(action, "iam:passrole")
	aws.b2_resource_any(s.stmt)
	msg := sprintf("%s allows %s on every resource, so any role in the account can be passed to a service", [input.key, action])
}
