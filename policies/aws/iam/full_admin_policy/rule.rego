# METADATA
# title: IAM policy grants every action on every resource
# description: >-
#   A statement that allows Action "*" on Resource "*" makes whoever holds the policy a full
#   administrator of the account, able to read all data, change any control and erase their own
#   tracks. No workload needs that, and a leaked credential with it is a total compromise.
# custom:
#   id: PLB-AWS-IAM-001
#   severity: critical
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     Replace "Action": "*" with the specific actions the principal needs (for example
#     "s3:GetObject") and "Resource": "*" with the ARNs it works on; keep break-glass
#     administrator access in a separate, tightly guarded role.
#   controls:
#     cis-aws: ["1.16"]
#     nist-800-53: ["AC-6", "AC-6(1)"]
#     pci-dss: ["7.2.1", "7.2.2"]
#     hipaa: ["164.308(a)(4)(ii)(B)"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.aws.iam.full_admin_policy

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
	some action in aws.b2_list(s.stmt.Action)
	action in {"*", "*:*"}
	aws.b2_resource_any(s.stmt)
	msg := sprintf("%s allows every action on every resource (full administrator access)", [input.key])
}
