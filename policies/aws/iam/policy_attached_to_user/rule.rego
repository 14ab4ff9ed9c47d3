# METADATA
# title: IAM policy is attached directly to a user
# description: >-
#   Permissions granted user by user drift apart and are hard to review or revoke when people
#   change jobs. Granting them through groups (or, better, roles assumed through federation)
#   keeps one place per job function to audit.
# custom:
#   id: PLB-AWS-IAM-004
#   severity: low
#   types: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]
#   remediation: >-
#     Create an aws_iam_group for the job function, attach the policy to it with
#     aws_iam_group_policy_attachment (or aws_iam_group_policy), add the user with
#     aws_iam_user_group_membership, and delete the user-level policy or attachment.
#   controls:
#     cis-aws: ["1.15"]
#     nist-800-53: ["AC-2", "AC-6"]
#     soc2: ["CC6.2", "CC6.3"]
#     iso-27001: ["A.5.18"]
package plumb.rules.aws.iam.policy_attached_to_user

import rego.v1

deny contains {"msg": msg, "path": []} if {
	input.type == "aws_iam_user_policy"
	msg := sprintf("%s is an inline policy on an IAM user; grant permissions through a group or role", [input.key])
}

deny contains {"msg": msg, "path": []} if {
	input.type == "aws_iam_user_policy_attachment"
	msg := sprintf("%s attaches a managed policy directly to an IAM user; attach it to a group or role", [input.key])
}

# aws_iam_policy_attachment takes lists of users, roles and groups; only users are a finding.
deny contains {"msg": msg, "path": ["users"]} if {
	input.type == "aws_iam_policy_attachment"
	users := input.attributes.users
	is_array(users)
	count(users) > 0
	msg := sprintf("%s attaches a managed policy directly to %d IAM user(s); attach it to a group or role", [input.key, count(users)])
}
