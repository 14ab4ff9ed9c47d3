# METADATA
# title: Test rule under test
# custom:
#   id: TEST-T-001
#   severity: low
#   types: [aws_security_group]
#   parameters:
#     port: 22
package test.tested

import data.plumb.lib.aws

deny contains {"msg": "open", "path": ["ingress", i]} if {
	some i, rule in input.attributes.ingress
	aws.open_to_world(rule)
	aws.rule_allows_port(rule, data.plumb.params["TEST-T-001"].port)
}
