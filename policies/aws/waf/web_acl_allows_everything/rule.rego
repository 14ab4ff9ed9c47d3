# METADATA
# title: WAF web ACL has no rules and allows every request
# description: >-
#   A web ACL whose default action is allow and which holds no rule inspects nothing: the
#   resources it is attached to look protected but every request reaches them unchanged.
# custom:
#   id: PLB-AWS-WAF-002
#   severity: medium
#   types: [aws_wafv2_web_acl]
#   remediation: >-
#     Add rules to the web ACL (for example the AWS managed rule groups
#     AWSManagedRulesCommonRuleSet and AWSManagedRulesKnownBadInputsRuleSet), or make its
#     default action block and allow only what is expected.
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.26"]
package plumb.rules.aws.waf.web_acl_allows_everything

import rego.v1

# Rules can be written inline (rule blocks), as JSON (rule_json), or added by separate
# aws_wafv2_web_acl_rule_group_association resources, which the canonical model merges into
# rule_group_association.
deny contains {"msg": msg, "path": ["default_action", i]} if {
	some i, action in input.attributes.default_action
	count(action.allow) > 0
	no_rules
	msg := sprintf("web ACL %s has no rules and allows every request", [input.key])
}

no_rules if {
	input.attributes.rule == []
	no_other_rules
}

no_rules if {
	not input.attributes.rule
	no_other_rules
}

no_other_rules if {
	not input.attributes.rule_json
	not input.attributes.rule_group_association
}
