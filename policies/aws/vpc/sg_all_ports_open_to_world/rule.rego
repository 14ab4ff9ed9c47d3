# METADATA
# title: Security group allows every port from the whole internet
# description: >-
#   An ingress rule for all protocols, or for the full TCP or UDP port range, from 0.0.0.0/0 or
#   ::/0 turns the security group into no firewall at all: every service listening on the
#   instance, including ones nobody meant to publish, is reachable from the internet.
# custom:
#   id: PLB-AWS-VPC-003
#   severity: critical
#   types: [aws_security_group]
#   remediation: >-
#     Replace the rule with one rule per service the group must publish (protocol "tcp" and the
#     exact from_port/to_port), and limit cidr_blocks / ipv6_cidr_blocks to the clients that
#     need them.
#   controls:
#     cis-aws: ["5.2", "5.3"]
#     nist-800-53: ["SC-7", "CM-7"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.sg_all_ports_open_to_world

import rego.v1

import data.plumb.lib.aws

deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	aws.b1_sg_rule_all_ports(rule)
	some field in aws.b1_sg_world_cidr_fields(rule)
	msg := sprintf("security group %s allows every port from the whole internet", [input.key])
}
