# METADATA
# title: IAM policy allows everything except a few actions on every resource
# description: >-
#   An Allow statement with NotAction grants every action of every AWS service except those
#   listed, including services added later, on every resource when Resource is "*". It is
#   almost always broader than intended, and usually amounts to administrator access.
# custom:
#   id: PLB-AWS-IAM-013
#   severity: high
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     Replace NotAction with an Action list of what the principal needs; to carve
#     exceptions out of broad access use a separate Deny statement instead.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.1", "7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.aws.iam.allow_not_action

import data.plumb.lib.aws
import rego.v1

statements contains s if some s in aws.b2_statements_at(input.attributes.policy, ["policy"])

statements contains s if {
	some i, block in input.attributes.inline_policy
	some s in aws.b2_statements_at(block.policy, ["inline_policy", i, "policy"])
}

deny contains {"msg": msg, "path": array.concat(s.path, ["NotAction"])} if {
	some s in statements
	aws.b2_allows(s.stmt)
	_ = s.stmt.NotAction
	aws.b2_resource_any(s.stmt)
	msg := sprintf("%s allows every action except those in NotAction, on every resource", [input.key])
}
