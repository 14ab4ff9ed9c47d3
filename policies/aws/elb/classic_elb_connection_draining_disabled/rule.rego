# METADATA
# title: Classic load balancer does not drain connections
# description: >-
#   Without connection draining, an instance that is deregistered or fails its health check
#   has its open connections cut at once, so deployments and scaling events break in-flight
#   requests.
# custom:
#   id: PLB-AWS-ELB-008
#   severity: low
#   types: [aws_elb]
#   remediation: >-
#     Set connection_draining = true and connection_draining_timeout (for example 300) on the
#     aws_elb.
#   controls:
#     nist-800-53: ["SC-5", "CP-10"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
#   fix:
#     set: {path: [connection_draining], value: true}
package plumb.rules.aws.elb.classic_elb_connection_draining_disabled

import rego.v1

# connection_draining defaults to false.
deny contains {"msg": msg, "path": ["connection_draining"]} if {
	not input.attributes.connection_draining == true
	msg := sprintf("classic load balancer %s does not drain connections before removing an instance", [input.key])
}
