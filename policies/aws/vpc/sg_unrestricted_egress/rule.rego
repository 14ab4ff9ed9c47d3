# METADATA
# title: Security group allows all outbound traffic to the whole internet
# description: >-
#   An egress rule for every protocol and port to 0.0.0.0/0 or ::/0 lets a compromised
#   instance reach any command-and-control server or exfiltrate data over any port. Egress
#   limited to the ports and destinations the workload needs makes both harder and noisier.
# custom:
#   id: PLB-AWS-VPC-005
#   severity: low
#   types: [aws_security_group]
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
