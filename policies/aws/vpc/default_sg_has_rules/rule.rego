# METADATA
# title: Default security group allows traffic
# description: >-
#   Every resource launched without an explicit security group lands in the VPC's default
#   group. If that group has any rule, such resources silently get network access nobody chose
#   for them; an empty default group makes the omission fail closed.
# custom:
#   id: PLB-AWS-VPC-007
#   severity: medium
#   types: [aws_default_security_group]
#   remediation: >-
#     Declare aws_default_security_group for the VPC with no ingress or egress blocks (Terraform
#     then removes every rule), and give each resource a purpose-made security group.
#   controls:
#     cis-aws: ["5.4"]
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.2.1"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.default_sg_has_rules

import rego.v1

deny contains {"msg": msg, "path": [direction, i]} if {
	some [direction, i] in rules
	msg := sprintf("default security group %s has an %s rule; it should allow no traffic", [input.key, direction])
}

# Each list is named in full so that the engine knows this rule reads only the rule lists.
rules contains ["ingress", i] if some i, _ in input.attributes.ingress

rules contains ["egress", i] if some i, _ in input.attributes.egress
