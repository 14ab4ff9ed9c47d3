# METADATA
# title: IAM password policy lets passwords live longer than 90 days
# description: >-
#   Where passwords are the only authentication factor, PCI DSS requires changing them at
#   least every 90 days. max_password_age is unset (passwords never expire) by default; a
#   value above 90 is also reported. Accounts whose console users all sign in with MFA or
#   federation may waive this rule.
# custom:
#   id: PLB-AWS-IAM-011
#   severity: low
#   types: [aws_iam_account_password_policy]
#   remediation: >-
#     Set max_password_age = 90 or less in aws_iam_account_password_policy, or move
#     console access to federation with MFA and waive the rule.
#   controls:
#     pci-dss: ["8.3.9"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.iam.password_max_age

import rego.v1

maximum_days := 90

age_set if _ = input.attributes.max_password_age

deny contains {"msg": msg, "path": ["max_password_age"]} if {
	not age_set
	msg := sprintf("%s does not set max_password_age, so passwords never expire", [input.key])
}

deny contains {"msg": msg, "path": ["max_password_age"]} if {
	age := input.attributes.max_password_age
	is_number(age)
	age > maximum_days
	msg := sprintf("%s lets passwords live %d days; require a change at least every %d", [input.key, age, maximum_days])
}

deny contains {"msg": msg, "path": ["max_password_age"]} if {
	input.attributes.max_password_age == 0
	msg := sprintf("%s sets max_password_age = 0, so passwords never expire", [input.key])
}
