# METADATA
# title: AWSCloudShellFullAccess managed policy is attached
# description: >-
#   AWSCloudShellFullAccess gives a shell inside AWS with file upload and download: a path
#   to move data out of the account that bypasses the controls on the user's own machine
#   and network. CIS asks that it is attached to no one, or only to a few named principals.
# custom:
#   id: PLB-AWS-IAM-014
#   severity: low
#   types: [aws_iam_role_policy_attachment, aws_iam_user_policy_attachment, aws_iam_group_policy_attachment, aws_iam_policy_attachment, aws_iam_role]
#   remediation: >-
#     Detach AWSCloudShellFullAccess; grant AWSCloudShellPowerUser or a custom policy
#     without cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls to those
#     who need a shell.
#   controls:
#     cis-aws: ["1.22"]
#     nist-800-53: ["AC-6", "AC-4"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.aws.iam.cloudshell_full_access_attached

import rego.v1

cloudshell_arn(arn) if {
	is_string(arn)
	regex.match(`^arn:aws(-[a-z]+)*:iam::aws:policy/AWSCloudShellFullAccess$`, arn)
}

deny contains {"msg": msg, "path": ["policy_arn"]} if {
	cloudshell_arn(input.attributes.policy_arn)
	msg := sprintf("%s attaches the AWSCloudShellFullAccess managed policy", [input.key])
}

deny contains {"msg": msg, "path": ["managed_policy_arns", i]} if {
	some i, arn in input.attributes.managed_policy_arns
	cloudshell_arn(arn)
	msg := sprintf("%s lists the AWSCloudShellFullAccess managed policy in managed_policy_arns", [input.key])
}
