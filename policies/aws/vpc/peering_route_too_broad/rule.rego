# METADATA
# title: Route sends all traffic through a VPC peering connection
# description: >-
#   A route to 0.0.0.0/0 or ::/0 through a VPC peering connection lets every subnet using the
#   route table reach every address the peer VPC holds, instead of only the subnets that must
#   talk to each other. Routes over peering should name the peer's specific CIDR blocks.
# custom:
#   id: PLB-AWS-VPC-019
#   severity: medium
#   types: [aws_route, aws_route_table, aws_default_route_table]
#   remediation: >-
#     Replace the default-route destination with the CIDR blocks of the peer subnets that are
#     needed (destination_cidr_block / cidr_block), one route per range.
#   controls:
#     cis-aws: ["5.5"]
#     nist-800-53: ["AC-4", "SC-7"]
#     pci-dss: ["1.2.1", "1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.aws.vpc.peering_route_too_broad

import rego.v1

world := {"0.0.0.0/0", "::/0"}

# A separate aws_route.
deny contains {"msg": msg, "path": [field]} if {
	input.type == "aws_route"
	_ = input.attributes.vpc_peering_connection_id
	some [field, cidr] in route_destinations
	msg := sprintf("route %s sends %s through a VPC peering connection", [input.key, cidr])
}

# Inline route blocks of a route table.
deny contains {"msg": msg, "path": ["route", i, field]} if {
	input.type in {"aws_route_table", "aws_default_route_table"}
	some i, route in input.attributes.route
	_ = route.vpc_peering_connection_id
	some [field, cidr] in block_destinations(route)
	msg := sprintf("route table %s sends %s through a VPC peering connection", [input.key, cidr])
}

# Attributes are named one by one so that the engine knows exactly what this rule reads.
route_destinations contains ["destination_cidr_block", cidr] if {
	cidr := input.attributes.destination_cidr_block
	cidr in world
}

route_destinations contains ["destination_ipv6_cidr_block", cidr] if {
	cidr := input.attributes.destination_ipv6_cidr_block
	cidr in world
}

block_destinations(route) := {["cidr_block", route.cidr_block] | route.cidr_block in world} | {["ipv6_cidr_block", route.ipv6_cidr_block] | route.ipv6_cidr_block in world}
