# METADATA
# title: Security group allows SSH from the whole internet
# description: >-
#   An ingress rule that admits TCP port 22 from 0.0.0.0/0 or ::/0 exposes SSH to constant
#   credential-stuffing and to any pre-authentication flaw in the daemon. Administrative access
#   should come through a bastion, a VPN or SSM Session Manager.
# custom:
#   id: PLB-AWS-VPC-001
#   severity: high
#   types: [aws_security_group]
#   remediation: >-
#     Replace 0.0.0.0/0 and ::/0 in the rule's cidr_blocks / ipv6_cidr_blocks (cidr_ipv4 /
#     cidr_ipv6 on aws_vpc_security_group_ingress_rule) with the address ranges of your VPN or
#     bastion, or remove the rule and use SSM Session Manager.
#   controls:
#     cis-aws: ["5.2", "5.3"]
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.sg_ssh_open_to_world

import rego.v1

import data.plumb.lib.aws

# Rules that open every port are reported once, by PLB-AWS-VPC-003.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	not aws.b1_sg_rule_all_ports(rule)
	aws.b1_sg_rule_covers_tcp_port(rule, 22)
	some field in aws.b1_sg_world_cidr_fields(rule)
	msg := sprintf("security group %s allows SSH (port 22) from the whole internet", [input.key])
}
