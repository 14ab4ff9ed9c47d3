# METADATA
# title: IAM password policy allows passwords shorter than 14 characters
# description: >-
#   Length is what makes a password hard to guess or crack. The account password policy should
#   require at least 14 characters; when minimum_password_length is not set, the AWS provider
#   applies its default of 6.
# custom:
#   id: PLB-AWS-IAM-006
#   severity: medium
#   types: [aws_iam_account_password_policy]
#   remediation: Set minimum_password_length = 14 (or more) in aws_iam_account_password_policy.
#   controls:
#     cis-aws: ["1.8"]
#     nist-800-53: ["IA-5(1)"]
#     pci-dss: ["8.3.6"]
#     hipaa: ["164.308(a)(5)(ii)(D)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.iam.password_min_length

import rego.v1

minimum := 14

provider_default := 6

length_set if _ = input.attributes.minimum_password_length

deny contains {"msg": msg, "path": []} if {
	not length_set
	msg := sprintf("%s does not set minimum_password_length, so passwords of %d characters are accepted", [input.key, provider_default])
}

deny contains {"msg": msg, "path": ["minimum_password_length"]} if {
	length := input.attributes.minimum_password_length
	is_number(length)
	length < minimum
	msg := sprintf("%s accepts passwords of %d characters; require at least %d", [input.key, length, minimum])
}
