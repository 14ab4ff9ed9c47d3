# METADATA
# title: CloudWatch log group keeps logs forever
# description: >-
#   Without retention_in_days (or with 0) a log group never expires its events. Logs often
#   hold personal data, tokens and request details, and keeping them with no decided end
#   breaks data-minimisation duties and grows what a breach can expose; a retention period
#   should be a deliberate choice (for audit logs, typically a year or more).
# custom:
#   id: PLB-AWS-CW-001
#   severity: low
#   types: [aws_cloudwatch_log_group]
#   remediation: >-
#     Set retention_in_days on the aws_cloudwatch_log_group to the period your policy requires
#     (for example 365 for audit logs, 30 for debug logs), and export to S3 with lifecycle rules
#     if longer archives are needed.
#   controls:
#     nist-800-53: ["AU-11", "SI-12"]
#     gdpr: ["Art.5"]
package plumb.rules.aws.cloudwatch.log_group_no_retention

import rego.v1

retention_set if _ = input.attributes.retention_in_days

deny contains {"msg": msg, "path": []} if {
	not retention_set
	msg := sprintf("log group %s sets no retention_in_days, so its events never expire", [input.key])
}

deny contains {"msg": msg, "path": ["retention_in_days"]} if {
	input.attributes.retention_in_days == 0
	msg := sprintf("log group %s sets retention_in_days = 0, so its events never expire", [input.key])
}
