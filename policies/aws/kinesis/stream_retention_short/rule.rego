# METADATA
# title: Kinesis data stream keeps records for less than 7 days
# description: >-
#   retention_period (hours) defaults to 24: a consumer that is broken over a long weekend,
#   or an incident noticed a few days late, finds the records it needs already gone. Keep
#   at least 168 hours (7 days).
# custom:
#   id: PLB-AWS-KINESIS-002
#   severity: low
#   types: [aws_kinesis_stream]
#   remediation: >-
#     Set retention_period = 168 or more on the aws_kinesis_stream.
#   controls:
#     nist-800-53: ["CP-9", "AU-11"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.aws.kinesis.stream_retention_short

import rego.v1

minimum_hours := 168

retention_set if _ = input.attributes.retention_period

deny contains {"msg": msg, "path": []} if {
	not retention_set
	msg := sprintf("Kinesis stream %s keeps records for the default 24 hours (need %d)", [input.key, minimum_hours])
}

deny contains {"msg": msg, "path": ["retention_period"]} if {
	hours := input.attributes.retention_period
	is_number(hours)
	hours < minimum_hours
	msg := sprintf("Kinesis stream %s keeps records for %d hours; keep them at least %d", [input.key, hours, minimum_hours])
}
