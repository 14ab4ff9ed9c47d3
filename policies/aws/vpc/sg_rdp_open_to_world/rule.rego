# METADATA
# title: Security group allows RDP from the whole internet
# description: >-
#   An ingress rule that admits TCP port 3389 from 0.0.0.0/0 or ::/0 puts Remote Desktop in
#   front of every scanner on the internet; exposed RDP is one of the most common ways
#   ransomware operators get in.
# custom:
#   id: PLB-AWS-VPC-002
#   severity: high
#   types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
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
#   fix:
#     none: the address range that needs RDP is yours to choose
package plumb.rules.aws.vpc.sg_rdp_open_to_world

import rego.v1

import data.plumb.lib.aws

# Rules that open every port are reported once, by PLB-AWS-VPC-003.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	# The address check first: most rules are not open to the world, and it is cheap.
	some field in aws.b1_sg_world_cidr_fields(rule)
	not aws.b1_sg_rule_all_ports(rule)
	aws.b1_sg_rule_covers_tcp_port(rule, 3389)
	msg := sprintf("security group %s allows RDP (port 3389) from the whole internet", [input.key])
}

deny contains {"msg": msg, "path": [field]} if {
	some [rule, field] in standalone
	not aws.b1_sg_rule_all_ports(rule)
	aws.b1_sg_rule_covers_tcp_port(rule, 3389)
	msg := sprintf("security group rule %s allows RDP (port 3389) from the whole internet", [input.key])
}

# A rule resource whose security group could not be resolved (its id comes from a data source
# or a module input) stays under its own type and is judged here on its own. Its attributes
# are named one by one so that the engine knows exactly what this rule reads.
standalone contains [rule, field] if {
	input.type == "aws_security_group_rule"
	input.attributes.type == "ingress"
	rule := {
		"protocol": aws.b1_protocol(input.attributes.protocol),
		"from_port": input.attributes.from_port,
		"to_port": input.attributes.to_port,
	}
	some field in sg_rule_world
}

standalone contains [rule, field] if {
	input.type == "aws_vpc_security_group_ingress_rule"
	rule := {
		"protocol": aws.b1_protocol(input.attributes.ip_protocol),
		"from_port": vpc_rule_port("from"),
		"to_port": vpc_rule_port("to"),
	}
	some field in vpc_rule_world
}

sg_rule_world contains "cidr_blocks" if "0.0.0.0/0" in input.attributes.cidr_blocks

sg_rule_world contains "ipv6_cidr_blocks" if "::/0" in input.attributes.ipv6_cidr_blocks

vpc_rule_world contains "cidr_ipv4" if input.attributes.cidr_ipv4 == "0.0.0.0/0"

vpc_rule_world contains "cidr_ipv6" if input.attributes.cidr_ipv6 == "::/0"

vpc_rule_port("from") := input.attributes.from_port

vpc_rule_port("to") := input.attributes.to_port

# from_port and to_port are absent on an all-traffic (-1) rule.
default vpc_rule_port(_) := null
