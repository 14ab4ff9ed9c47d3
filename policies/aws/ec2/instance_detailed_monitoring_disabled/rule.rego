# METADATA
# title: EC2 instance does not use detailed monitoring
# description: >-
#   Without detailed monitoring the instance's CloudWatch metrics arrive every five minutes
#   instead of every minute, which delays alarms on CPU, network or status-check anomalies
#   such as a compromised host mining or exfiltrating data.
# custom:
#   id: PLB-AWS-EC2-015
#   severity: low
#   types: [aws_instance]
#   remediation: Set monitoring = true on the aws_instance.
#   controls:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
#   fix:
#     set: {path: [monitoring], value: true}
package plumb.rules.aws.ec2.instance_detailed_monitoring_disabled

import rego.v1

# monitoring defaults to false. An instance launched from a launch template takes it from
# the template unless it sets its own.
deny contains {"msg": msg, "path": ["monitoring"]} if {
	not has_monitoring
	not from_launch_template
	msg := sprintf("instance %s does not use detailed monitoring", [input.key])
}

deny contains {"msg": msg, "path": ["monitoring"]} if {
	input.attributes.monitoring == false
	msg := sprintf("instance %s turns detailed monitoring off", [input.key])
}

has_monitoring if _ = input.attributes.monitoring

from_launch_template if _ = input.attributes.launch_template
