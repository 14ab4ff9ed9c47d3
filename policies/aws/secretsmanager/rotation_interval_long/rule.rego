# METADATA
# title: Secrets Manager secret rotates less often than every 90 days
# description: >-
#   A rotation schedule longer than 90 days leaves a leaked secret usable for months. The
#   interval is read from rotation_rules: automatically_after_days, or a
#   schedule_expression of the form rate(N days); cron schedules are not judged.
# custom:
#   id: PLB-AWS-SECRETS-002
#   severity: low
#   types: [aws_secretsmanager_secret]
#   remediation: >-
#     Set automatically_after_days = 90 or less (or schedule_expression = "rate(30
#     days)") in the rotation_rules of the aws_secretsmanager_secret_rotation.
#   controls:
#     nist-800-53: ["IA-5"]
#     pci-dss: ["8.3.9"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.aws.secretsmanager.rotation_interval_long

import rego.v1

maximum_days := 90

deny contains {"msg": msg, "path": ["rotation", i, "rotation_rules", j, "automatically_after_days"]} if {
	some i, rot in input.attributes.rotation
	some j, rules in rot.rotation_rules
	days := rules.automatically_after_days
	is_number(days)
	days > maximum_days
	msg := sprintf("secret %s rotates every %d days; rotate at least every %d", [input.key, days, maximum_days])
}

deny contains {"msg": msg, "path": ["rotation", i, "rotation_rules", j, "schedule_expression"]} if {
	some i, rot in input.attributes.rotation
	some j, rules in rot.rotation_rules
	expr := rules.schedule_expression
	is_string(expr)
	m := regex.find_all_string_submatch_n(`^rate\(\s*([0-9]+)\s+days?\s*\)$`, expr, 1)
	days := to_number(m[0][1])
	days > maximum_days
	msg := sprintf("secret %s rotates every %d days; rotate at least every %d", [input.key, days, maximum_days])
}
