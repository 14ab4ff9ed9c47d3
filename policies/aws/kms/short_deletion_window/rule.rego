# METADATA
# title: KMS key deletion window is shorter than 14 days
# description: >-
#   Deleting a KMS key makes everything encrypted under it unreadable for good; the waiting
#   period is the only time in which a mistaken or malicious deletion can be cancelled. A
#   window of at least 14 days (the provider default is 30) leaves time for alarms on
#   ScheduleKeyDeletion to be noticed and acted on. The minimum is a parameter.
# custom:
#   id: PLB-AWS-KMS-003
#   severity: low
#   types: [aws_kms_key]
#   remediation: >-
#     Set deletion_window_in_days to 14 or more (or remove it to get the 30-day default), and
#     alarm on the ScheduleKeyDeletion event.
#   parameters:
#     minimum_days: 14
#   controls:
#     nist-800-53: ["SC-12"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.kms.short_deletion_window

import rego.v1

default minimum_days := 14

minimum_days := d if {
	d := data.plumb.params["PLB-AWS-KMS-003"].minimum_days
	is_number(d)
}

deny contains {"msg": msg, "path": ["deletion_window_in_days"]} if {
	days := input.attributes.deletion_window_in_days
	is_number(days)
	days < minimum_days
	msg := sprintf("KMS key %s can be deleted after a waiting period of %d days; allow at least %d", [input.key, days, minimum_days])
}
