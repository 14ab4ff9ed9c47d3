# METADATA
# title: Auto Scaling group behind a load balancer ignores its health checks
# description: >-
#   With the default EC2 health check the group replaces an instance only when the hypervisor
#   reports it impaired. An instance whose application has crashed or hangs keeps failing the
#   load balancer's checks and is never replaced, so capacity silently shrinks.
# custom:
#   id: PLB-AWS-EC2-017
#   severity: low
#   types: [aws_autoscaling_group]
#   remediation: >-
#     Set health_check_type = "ELB" (and a health_check_grace_period long enough for the
#     application to start) on groups attached to a load balancer or target group.
#   controls:
#     nist-800-53: ["CP-10", "SI-13"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
package plumb.rules.aws.ec2.asg_elb_health_check_disabled

import rego.v1

# health_check_type defaults to "EC2".
deny contains {"msg": msg, "path": ["health_check_type"]} if {
	behind_load_balancer
	not has_health_check_type
	msg := sprintf("Auto Scaling group %s serves a load balancer but uses only EC2 health checks (the default)", [input.key])
}

deny contains {"msg": msg, "path": ["health_check_type"]} if {
	behind_load_balancer
	input.attributes.health_check_type == "EC2"
	msg := sprintf("Auto Scaling group %s serves a load balancer but uses only EC2 health checks", [input.key])
}

has_health_check_type if _ = input.attributes.health_check_type

# Only a known, non-empty list counts: an unknown list may be empty.
behind_load_balancer if {
	is_array(input.attributes.target_group_arns)
	count(input.attributes.target_group_arns) > 0
}

behind_load_balancer if {
	is_array(input.attributes.load_balancers)
	count(input.attributes.load_balancers) > 0
}
