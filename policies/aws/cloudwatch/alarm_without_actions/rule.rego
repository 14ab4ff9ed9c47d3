# METADATA
# title: CloudWatch alarm has no alarm action
# description: >-
#   An alarm without alarm_actions changes state in the console and nowhere else: no SNS
#   notification, no Auto Scaling or Systems Manager response. Alarms written to catch
#   security events need someone, or something, to hear them.
# custom:
#   id: PLB-AWS-CW-004
#   severity: low
#   types: [aws_cloudwatch_metric_alarm, aws_cloudwatch_composite_alarm]
#   remediation: >-
#     Set alarm_actions to an SNS topic that reaches the on-call team (or the automation
#     that responds), and consider ok_actions and insufficient_data_actions too.
#   controls:
#     nist-800-53: ["SI-4", "IR-6"]
#     pci-dss: ["10.7.2"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.cloudwatch.alarm_without_actions

import rego.v1

actions_set if _ = input.attributes.alarm_actions

deny contains {"msg": msg, "path": []} if {
	not actions_set
	msg := sprintf("alarm %s has no alarm_actions", [input.key])
}

deny contains {"msg": msg, "path": ["alarm_actions"]} if {
	actions := input.attributes.alarm_actions
	is_array(actions)
	count(actions) == 0
	msg := sprintf("alarm %s has an empty alarm_actions list", [input.key])
}
