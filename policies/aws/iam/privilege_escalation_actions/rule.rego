# METADATA
# title: IAM policy allows actions that escalate privileges, on every resource
# description: >-
#   Some IAM actions let a principal give itself more permissions: create or switch a
#   policy version, attach or put a policy on a user, role or group, rewrite a role's trust
#   policy, or create access keys and console passwords for other users. Allowed on
#   Resource "*" with no Condition, any of them turns the principal into an administrator.
#   Statements that allow "*" or "iam:*" are reported by PLB-AWS-IAM-001 and PLB-AWS-
#   IAM-003.
# custom:
#   id: PLB-AWS-IAM-015
#   severity: high
#   types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy, aws_iam_role]
#   remediation: >-
#     Limit these actions to the specific users, roles or policies the principal manages
#     (Resource ARNs with a path), require a permissions boundary with an
#     iam:PermissionsBoundary condition, or move them to a guarded administrator role.
#   controls:
#     nist-800-53: ["AC-6", "AC-6(1)"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.aws.iam.privilege_escalation_actions

import data.plumb.lib.aws
import rego.v1

statements contains s if some s in aws.b2_statements_at(input.attributes.policy, ["policy"])

statements contains s if {
	some i, block in input.attributes.inline_policy
	some s in aws.b2_statements_at(block.policy, ["inline_policy", i, "policy"])
}

escalation_actions := [
	"iam:createpolicyversion", "iam:setdefaultpolicyversion",
	"iam:attachuserpolicy", "iam:attachrolepolicy", "iam:attachgrouppolicy",
	"iam:putuserpolicy", "iam:putrolepolicy", "iam:putgrouppolicy",
	"iam:updateassumerolepolicy", "iam:addusertogroup",
	"iam:createaccesskey", "iam:createloginprofile", "iam:updateloginprofile",
]

# Reported by the full-administrator and service-wildcard rules.
broader := {"*", "*:*", "iam:*"}

escalates(stmt) := {action |
	some pattern in aws.b2_list(stmt.Action)
	not lower(pattern) in broader
	aws.b2_action_service_may_be(pattern, "iam") # one match instead of one per action
	some action in escalation_actions
	aws.b2_action_matches(pattern, action)
}

deny contains {"msg": msg, "path": s.path} if {
	some s in statements
	aws.b2_allows(s.stmt)
	aws.b2_resource_any(s.stmt)
	not aws.b2_has_condition(s.stmt)
	found := escalates(s.stmt)
	count(found) > 0
	msg := sprintf("%s allows %s on every resource, enough to grant itself more permissions", [input.key, concat(", ", sort(found))])
}
