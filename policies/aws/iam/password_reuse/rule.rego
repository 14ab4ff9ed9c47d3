# METADATA
# title: IAM password policy does not prevent reuse of the last 24 passwords
# description: >-
#   Without reuse prevention a user forced to change a password can set the old one again,
#   which keeps a leaked or cracked password alive. The password policy should remember the
#   last 24 passwords; when password_reuse_prevention is not set, reuse is not prevented at all.
# custom:
#   id: PLB-AWS-IAM-007
#   severity: medium
#   types: [aws_iam_account_password_policy]
#   remediation: Set password_reuse_prevention = 24 in aws_iam_account_password_policy.
#   controls:
#     cis-aws: ["1.9"]
#     nist-800-53: ["IA-5(1)"]
#     pci-dss: ["8.3.7"]
#     hipaa: ["164.308(a)(5)(ii)(D)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.iam.password_reuse

import rego.v1

remembered := 24

reuse_set if _ = input.attributes.password_reuse_prevention

deny contains {"msg": msg, "path": []} if {
	not reuse_set
	msg := sprintf("%s does not set password_reuse_prevention, so users may reuse old passwords", [input.key])
}

deny contains {"msg": msg, "path": ["password_reuse_prevention"]} if {
	n := input.attributes.password_reuse_prevention
	is_number(n)
	n < remembered
	msg := sprintf("%s only remembers the last %d passwords; remember %d", [input.key, n, remembered])
}
