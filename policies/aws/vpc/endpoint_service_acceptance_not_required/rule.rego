# METADATA
# title: VPC endpoint service accepts connections without approval
# description: >-
#   With acceptance_required = false any principal on the service's allow list can connect an
#   interface endpoint and start sending traffic to the load balancer behind it, without the
#   service owner seeing or approving the connection first.
# custom:
#   id: PLB-AWS-VPC-016
#   severity: low
#   types: [aws_vpc_endpoint_service]
#   remediation: >-
#     Set acceptance_required = true and accept endpoint connections with
#     aws_vpc_endpoint_connection_accepter after review.
#   controls:
#     nist-800-53: ["AC-4", "CA-3"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.5.14"]
#   fix:
#     set: {path: [acceptance_required], value: true}
package plumb.rules.aws.vpc.endpoint_service_acceptance_not_required

import rego.v1

deny contains {"msg": msg, "path": ["acceptance_required"]} if {
	input.attributes.acceptance_required == false
	msg := sprintf("VPC endpoint service %s accepts endpoint connections without approval", [input.key])
}
