# METADATA
# title: Security group allows all outbound traffic to the whole internet
# description: >-
#   An egress rule for every protocol and port to 0.0.0.0/0 or ::/0 lets a compromised
#   instance reach any command-and-control server or exfiltrate data over any port. Egress
#   limited to the ports and destinations the workload needs makes both harder and noisier.
# custom:
#   id: PLB-AWS-VPC-005
#   severity: low
#   types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_egress_rule]
#   remediation: >-
#     Replace the all-traffic egress rule with rules for the ports the workload uses (for
#     example TCP 443), to VPC endpoints, prefix lists or known CIDR ranges where possible.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.2"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.sg_unrestricted_egress

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["egress", i, field]} if {
	some i, rule in input.attributes.egress
	aws.b1_sg_rule_all_ports(rule)
	some field in aws.b1_sg_world_cidr_fields(rule)
	msg := sprintf("security group %s allows all outbound traffic to the whole internet", [input.key])
}

deny contains {"msg": msg, "path": [field]} if {
	some [rule, field] in standalone
	aws.b1_sg_rule_all_ports(rule)
	msg := sprintf("security group rule %s allows all outbound traffic to the whole internet", [input.key])
}

# A rule resource whose security group could not be resolved (its id comes from a data source
# or a module input) stays under its own type and is judged here on its own. Its attributes
# are named one by one so that the engine knows exactly what this rule reads.
standalone contains [rule, field] if {
	input.type == "aws_security_group_rule"
	input.attributes.type == "egress"
	rule := {
		"protocol": aws.b1_protocol(input.attributes.protocol),
		"from_port": input.attributes.from_port,
		"to_port": input.attributes.to_port,
	}
	some field in sg_rule_world
}

standalone contains [rule, field] if {
	input.type == "aws_vpc_security_group_egress_rule"
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
