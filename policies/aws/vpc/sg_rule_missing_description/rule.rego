# METADATA
# title: Security group rule has no description
# description: >-
#   A rule without a description gives reviewers and incident responders no way to tell why a
#   port is open or who asked for it, so stale openings are never removed with confidence.
# custom:
#   id: PLB-AWS-VPC-006
#   severity: low
#   types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule,
#     aws_vpc_security_group_egress_rule]
#   remediation: >-
#     Set description on every ingress and egress block, aws_security_group_rule and
#     aws_vpc_security_group_ingress_rule / egress_rule, saying what the rule is for.
#   controls:
#     nist-800-53: ["CM-8"]
package plumb.rules.aws.vpc.sg_rule_missing_description

import rego.v1

deny contains {"msg": msg, "path": [direction, i, "description"]} if {
	some [direction, i, rule] in rules
	not described(rule)
	msg := sprintf("security group %s has an %s rule without a description", [input.key, direction])
}

# A rule resource whose security group could not be resolved stays under its own type.
deny contains {"msg": msg, "path": ["description"]} if {
	input.type in standalone_types
	not standalone_described
	msg := sprintf("security group rule %s has no description", [input.key])
}

standalone_described if described_text(input.attributes.description)

standalone_types := {
	"aws_security_group_rule",
	"aws_vpc_security_group_ingress_rule",
	"aws_vpc_security_group_egress_rule",
}

# Each list is named in full so that the engine knows this rule reads only the rule lists
# (an unknown elsewhere in the group does not make the check undecidable).
rules contains ["ingress", i, rule] if some i, rule in input.attributes.ingress

rules contains ["egress", i, rule] if some i, rule in input.attributes.egress

described(rule) if described_text(rule.description)

described_text(text) if {
	is_string(text)
	trim_space(text) != ""
}

# An unknown description (a variable, a computed value) is not judged.
described_text(text) if is_object(text)
