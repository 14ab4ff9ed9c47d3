# METADATA
# title: Auto Scaling group runs in a single Availability Zone
# description: >-
#   A group whose instances can only be placed in one Availability Zone goes down with that
#   zone: Auto Scaling cannot replace the capacity elsewhere.
# custom:
#   id: PLB-AWS-EC2-022
#   severity: low
#   types: [aws_autoscaling_group]
#   remediation: >-
#     List subnets in at least two Availability Zones in vpc_zone_identifier (or two zones in
#     availability_zones).
#   controls:
#     nist-800-53: ["CP-10", "SC-36"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
package plumb.rules.aws.ec2.asg_single_availability_zone

import rego.v1

# Only a known list of exactly one element is judged: an unknown list may hold several.
deny contains {"msg": msg, "path": ["vpc_zone_identifier"]} if {
	single(input.attributes.vpc_zone_identifier)
	msg := sprintf("Auto Scaling group %s can place instances in only one subnet", [input.key])
}

deny contains {"msg": msg, "path": ["availability_zones"]} if {
	single(input.attributes.availability_zones)
	msg := sprintf("Auto Scaling group %s can place instances in only one Availability Zone", [input.key])
}

single(list) if {
	is_array(list)
	count(list) == 1
	is_string(list[0])
}
