# METADATA
# title: Redshift cluster does not use enhanced VPC routing
# description: >-
#   Without enhanced VPC routing, COPY and UNLOAD traffic between the cluster and S3 or
#   other data sources leaves the VPC's control: security groups, network ACLs, VPC
#   endpoints and their policies and flow logs do not see or limit it. enhanced_vpc_routing
#   defaults to false.
# custom:
#   id: PLB-AWS-REDSHIFT-007
#   severity: low
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Set enhanced_vpc_routing = true on the aws_redshift_cluster and give the VPC an S3
#     gateway endpoint (or a NAT route) for the data the cluster loads.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
#   fix:
#     none: the VPC needs an S3 endpoint or NAT route first, or loads stop working
package plumb.rules.aws.redshift.enhanced_vpc_routing_disabled

import rego.v1

attr_set if _ = input.attributes.enhanced_vpc_routing

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set enhanced_vpc_routing, so its COPY and UNLOAD traffic bypasses VPC controls", [input.key])
}

deny contains {"msg": msg, "path": ["enhanced_vpc_routing"]} if {
	input.attributes.enhanced_vpc_routing == false
	msg := sprintf("%s sets enhanced_vpc_routing = false, so its COPY and UNLOAD traffic bypasses VPC controls", [input.key])
}
