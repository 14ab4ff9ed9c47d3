# METADATA
# title: Classic load balancer does not balance across Availability Zones
# description: >-
#   With cross_zone_load_balancing = false each load balancer node sends traffic only to the
#   instances of its own Availability Zone, so when one zone has fewer healthy instances they
#   are overloaded while the others idle, and losing a zone's instances drops its share of
#   requests.
# custom:
#   id: PLB-AWS-ELB-011
#   severity: low
#   types: [aws_elb]
#   remediation: Remove cross_zone_load_balancing or set it to true (the default) on the aws_elb.
#   controls:
#     nist-800-53: ["SC-5", "CP-10"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
#   fix:
#     set: {path: [cross_zone_load_balancing], value: true}
package plumb.rules.aws.elb.classic_elb_cross_zone_disabled

import rego.v1

deny contains {"msg": msg, "path": ["cross_zone_load_balancing"]} if {
	input.attributes.cross_zone_load_balancing == false
	msg := sprintf("classic load balancer %s turns cross-zone load balancing off", [input.key])
}
