# METADATA
# title: CloudTrail trail does not deliver to CloudWatch Logs
# description: >-
#   Logs that only land in S3 are read after the fact. Delivering the trail to a CloudWatch
#   Logs group lets metric filters and alarms react within minutes to events such as root
#   sign-ins, policy changes or disabled logging.
# custom:
#   id: PLB-AWS-CT-004
#   severity: low
#   types: [aws_cloudtrail]
#   remediation: >-
#     Create an aws_cloudwatch_log_group and a role CloudTrail can assume to write to it, then
#     set cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" and
#     cloud_watch_logs_role_arn on the aws_cloudtrail.
#   controls:
#     nist-800-53: ["AU-6", "SI-4"]
#     pci-dss: ["10.4.1.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
#   fix:
#     none: the log group and the role CloudTrail writes with are yours to choose
package plumb.rules.aws.cloudtrail.no_cloudwatch_logs

import rego.v1

group_set if _ = input.attributes.cloud_watch_logs_group_arn

deny contains {"msg": msg, "path": []} if {
	not group_set
	msg := sprintf("trail %s does not deliver events to CloudWatch Logs for alerting", [input.key])
}

deny contains {"msg": msg, "path": ["cloud_watch_logs_group_arn"]} if {
	input.attributes.cloud_watch_logs_group_arn == ""
	msg := sprintf("trail %s sets an empty cloud_watch_logs_group_arn", [input.key])
}
