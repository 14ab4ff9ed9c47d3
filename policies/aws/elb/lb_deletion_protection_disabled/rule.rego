# METADATA
# title: Load balancer does not have deletion protection
# description: >-
#   Without deletion protection one API call, a mistaken terraform destroy or a compromised
#   deployment role takes the load balancer and its DNS name away, and the service behind it
#   with them.
# custom:
#   id: PLB-AWS-ELB-006
#   severity: low
#   types: [aws_lb, aws_alb]
#   remediation: Set enable_deletion_protection = true on the load balancer.
#   controls:
#     nist-800-53: ["CP-10", "CM-3"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
#   fix:
#     set: {path: [enable_deletion_protection], value: true}
package plumb.rules.aws.elb.lb_deletion_protection_disabled

import rego.v1

# enable_deletion_protection defaults to false.
deny contains {"msg": msg, "path": ["enable_deletion_protection"]} if {
	not input.attributes.enable_deletion_protection == true
	msg := sprintf("load balancer %s can be deleted without first turning off deletion protection", [input.key])
}
