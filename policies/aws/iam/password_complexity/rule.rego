# METADATA
# title: IAM password policy does not require every character class
# description: >-
#   The account password policy should require upper-case and lower-case letters, numbers
#   and symbols. Each of require_uppercase_characters, require_lowercase_characters,
#   require_numbers and require_symbols defaults to false, so a policy that leaves one out
#   accepts passwords without that class.
# custom:
#   id: PLB-AWS-IAM-010
#   severity: low
#   types: [aws_iam_account_password_policy]
#   remediation: >-
#     Set require_uppercase_characters, require_lowercase_characters, require_numbers and
#     require_symbols to true in aws_iam_account_password_policy.
#   controls:
#     nist-800-53: ["IA-5(1)"]
#     pci-dss: ["8.3.6"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.iam.password_complexity

import rego.v1

requirements := ["require_uppercase_characters", "require_lowercase_characters", "require_numbers", "require_symbols"]

attr_written(attr) if _ = input.attributes[attr]

deny contains {"msg": msg, "path": [attr]} if {
	some attr in requirements
	not attr_written(attr)
	msg := sprintf("%s does not set %s, so passwords need not contain that character class", [input.key, attr])
}

deny contains {"msg": msg, "path": [attr]} if {
	some attr in requirements
	input.attributes[attr] == false
	msg := sprintf("%s sets %s = false", [input.key, attr])
}
