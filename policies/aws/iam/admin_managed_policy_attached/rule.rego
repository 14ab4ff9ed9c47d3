# METADATA
# title: AdministratorAccess managed policy is attached
# description: >-
#   The AWS managed policy AdministratorAccess allows every action on every resource. Attached
#   to a role, user or group it creates a full administrator, so any compromise of that identity
#   is a compromise of the whole account.
# custom:
#   id: PLB-AWS-IAM-009
#   severity: high
#   types: [aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role]
#   remediation: >-
#     Attach a policy scoped to the identity's job (an AWS job-function policy such as
#     arn:aws:iam::aws:policy/job-function/SystemAdministrator, or a customer managed policy)
#     instead of arn:aws:iam::aws:policy/AdministratorAccess, and keep administrator access in a
#     break-glass role that requires MFA.
#   controls:
#     cis-aws: ["1.16"]
#     nist-800-53: ["AC-6", "AC-6(5)"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.aws.iam.admin_managed_policy_attached

import rego.v1

admin_arn(arn) if {
	is_string(arn)
	regex.match(`^arn:aws(-[a-z]+)*:iam::aws:policy/AdministratorAccess$`, arn)
}

deny contains {"msg": msg, "path": ["policy_arn"]} if {
	admin_arn(input.attributes.policy_arn)
	msg := sprintf("%s attaches the AdministratorAccess managed policy", [input.key])
}

# aws_iam_role can also list managed policies itself.
deny contains {"msg": msg, "path": ["managed_policy_arns", i]} if {
	some i, arn in input.attributes.managed_policy_arns
	admin_arn(arn)
	msg := sprintf("%s lists the AdministratorAccess managed policy in managed_policy_arns", [input.key])
}
