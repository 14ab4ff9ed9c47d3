# METADATA
# title: Transit gateway accepts shared attachments automatically
# description: >-
#   With auto_accept_shared_attachments = "enable" any account the transit gateway is shared
#   with can attach its VPC and route into every network on the gateway without anyone in the
#   owning account approving the connection.
# custom:
#   id: PLB-AWS-VPC-011
#   severity: medium
#   types: [aws_ec2_transit_gateway]
#   remediation: >-
#     Set auto_accept_shared_attachments = "disable" (the default) and accept each attachment
#     with aws_ec2_transit_gateway_vpc_attachment_accepter after review.
#   controls:
#     nist-800-53: ["AC-4", "SC-7", "CA-3"]
#     pci-dss: ["1.2.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
#   fix:
#     set: {path: [auto_accept_shared_attachments], value: disable}
package plumb.rules.aws.vpc.transit_gateway_auto_accept_attachments

import rego.v1

deny contains {"msg": msg, "path": ["auto_accept_shared_attachments"]} if {
	input.attributes.auto_accept_shared_attachments == "enable"
	msg := sprintf("transit gateway %s accepts attachments from shared accounts without approval", [input.key])
}
