# METADATA
# title: Test security group open to the world on SSH
# custom:
#   id: TEST-SG-001
#   severity: high
#   types: [aws_security_group]
package test.rules.sg_open

import data.plumb.lib.aws

deny contains {"msg": "ingress open to the world on port 22", "path": ["ingress", i, "cidr_blocks"]} if {
	some i, rule in input.attributes.ingress
	aws.open_to_world(rule)
	aws.rule_allows_port(rule, 22)
}
