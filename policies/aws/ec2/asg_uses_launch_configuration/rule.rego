# METADATA
# title: Auto Scaling group launches from a launch configuration
# description: >-
#   Launch configurations are deprecated and receive no new EC2 features: they cannot take
#   newer instance types, or metadata, network and storage options added since, and AWS no
#   longer lets new accounts create them. A group still on one cannot adopt the settings that
#   harden its instances.
# custom:
#   id: PLB-AWS-EC2-016
#   severity: low
#   types: [aws_autoscaling_group]
#   remediation: >-
#     Replace launch_configuration with a launch_template (or mixed_instances_policy) block that
#     points at an aws_launch_template carrying the same settings.
#   controls:
#     nist-800-53: ["CM-2", "CM-6"]
#     iso-27001: ["A.8.9"]
package plumb.rules.aws.ec2.asg_uses_launch_configuration

import rego.v1

deny contains {"msg": msg, "path": ["launch_configuration"]} if {
	_ = input.attributes.launch_configuration
	msg := sprintf("Auto Scaling group %s launches from a launch configuration instead of a launch template", [input.key])
}
