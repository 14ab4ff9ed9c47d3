# METADATA
# title: Security group allows RDP from the whole internet
# description: >-
#   An ingress rule that admits TCP port 3389 from 0.0.0.0/0 or ::/0 puts Remote Desktop in
#   front of every scanner on the internet; exposed RDP is one of the most common ways
#   ransomware operators get in.
# custom:
#   id: PLB-AWS-VPC-002
#   severity: high
#   types: [aws_security_group]
#   remediation: >-
#     Replace 0.0.0.0/0 and ::/0 in the rule's cidr_blocks / ipv6_cidr_blocks (cidr_ipv4 /
#     cidr_ipv6 on aws_vpc_security_group_ingress_rule) with your VPN or bastion ranges, or
#     reach the hosts through SSM Session Manager or a Remote Desktop Gateway.
#   controls:
#     cis-aws: ["5.2", "5.3"]
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.sg_rdp_open_to_world

import rego.v1

import data.plumb.lib.aws

# Rules that open every port are reported once, by PLB-AWS-VPC-003.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	not aws.b1_sg_rule_all_ports(rule)
	aws.b1_sg_rule_covers_tcp_port(rule, 3389)
	some field in aws.b1_sg_world_cidr_fields(rule)
	msg := sprintf("security group %s allows RDP (port 3389) from the whole internet", [input.key])
}
