# METADATA
# title: CloudWatch alarm has its actions turned off
# description: >-
#   actions_enabled = false keeps the alarm changing state without running any of its
#   actions: nobody is notified and no automatic response runs when the condition it
#   watches (a root sign-in, a change to a security group, a full disk) happens.
# custom:
#   id: PLB-AWS-CW-003
#   severity: medium
#   types: [aws_cloudwatch_metric_alarm, aws_cloudwatch_composite_alarm]
#   remediation: >-
#     Remove actions_enabled = false (it defaults to true) from the alarm.
#   controls:
#     nist-800-53: ["SI-4", "IR-6"]
#     pci-dss: ["10.7.2"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.cloudwatch.alarm_actions_disabled

import rego.v1

deny contains {"msg": msg, "path": ["actions_enabled"]} if {
	input.attributes.actions_enabled == false
	msg := sprintf("alarm %s has its actions turned off, so it notifies no one", [input.key])
}
