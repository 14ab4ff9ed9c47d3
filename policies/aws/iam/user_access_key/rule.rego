# METADATA
# title: IAM user has a long-lived access key
# description: >-
#   An access key never expires on its own: once copied into a laptop, a CI variable or a log it
#   works until someone deletes it. Workloads and people should use temporary credentials from
#   roles (instance profiles, IRSA, OIDC federation, IAM Identity Center) instead. Terraform
#   also keeps the key's secret in its state file.
# custom:
#   id: PLB-AWS-IAM-008
#   severity: low
#   types: [aws_iam_access_key]
#   remediation: >-
#     Remove the aws_iam_access_key and give the workload an IAM role it can assume (for CI, an
#     OIDC identity provider and a role trusting it); if a key is unavoidable, set status =
#     "Inactive" when it is not in use and rotate it at least every 90 days.
#   controls:
#     nist-800-53: ["IA-5", "AC-2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.iam.user_access_key

import rego.v1

inactive if input.attributes.status == "Inactive"

deny contains {"msg": msg, "path": []} if {
	not inactive
	msg := sprintf("%s creates a long-lived access key for an IAM user; use a role with temporary credentials", [input.key])
}
