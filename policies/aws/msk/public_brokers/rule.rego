# METADATA
# title: MSK brokers are reachable from the internet
# description: >-
#   connectivity_info { public_access { type = "SERVICE_PROVIDED_EIPS" } } gives each
#   broker a public IP address: the cluster is then exposed to the internet wherever its
#   security groups allow, and only its client authentication stands in the way.
# custom:
#   id: PLB-AWS-MSK-004
#   severity: high
#   types: [aws_msk_cluster]
#   remediation: >-
#     Set public_access type = "DISABLED" and reach the cluster through the VPC, VPC
#     peering, Transit Gateway or MSK multi-VPC private connectivity.
#   controls:
#     nist-800-53: ["AC-3", "SC-7"]
#     pci-dss: ["1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.msk.public_brokers

import rego.v1

deny contains {"msg": msg, "path": ["broker_node_group_info", i, "connectivity_info", j, "public_access", k, "type"]} if {
	some i, group in input.attributes.broker_node_group_info
	some j, conn in group.connectivity_info
	some k, public in conn.public_access
	public.type == "SERVICE_PROVIDED_EIPS"
	msg := sprintf("MSK cluster %s gives its brokers public IP addresses", [input.key])
}
