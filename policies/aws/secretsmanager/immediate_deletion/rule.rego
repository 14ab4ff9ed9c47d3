# METADATA
# title: Secrets Manager secret is deleted without a recovery window
# description: >-
#   recovery_window_in_days = 0 makes destroying the secret delete it at once, with no way
#   back: applications that still read it fail and its value is gone. The default window is
#   30 days.
# custom:
#   id: PLB-AWS-SECRETS-005
#   severity: low
#   types: [aws_secretsmanager_secret]
#   remediation: >-
#     Remove recovery_window_in_days = 0 (or set 7 to 30 days) on the
#     aws_secretsmanager_secret.
#   controls:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.secretsmanager.immediate_deletion

import rego.v1

deny contains {"msg": msg, "path": ["recovery_window_in_days"]} if {
	input.attributes.recovery_window_in_days == 0
	msg := sprintf("secret %s is deleted at once when destroyed, with no recovery window", [input.key])
}
