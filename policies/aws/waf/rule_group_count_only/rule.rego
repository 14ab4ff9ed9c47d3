# METADATA
# title: WAF web ACL only counts the matches of a rule group
# description: >-
#   override_action { count {} } turns every block of a rule group into a count: requests the
#   group identifies as attacks are logged and then let through. It is meant for tuning a new
#   group, not for production.
# custom:
#   id: PLB-AWS-WAF-005
#   severity: medium
#   types: [aws_wafv2_web_acl]
#   remediation: >-
#     Once the group's false positives are handled (rule_action_override for single rules,
#     scope-down statements), set override_action { none {} } so its rules act as written.
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.26"]
package plumb.rules.aws.waf.rule_group_count_only

import rego.v1

deny contains {"msg": msg, "path": ["rule", i, "override_action", j]} if {
	some i, rule in input.attributes.rule
	some j, override in rule.override_action
	count(override.count) > 0
	msg := sprintf("web ACL %s only counts the matches of rule %v", [input.key, rule.name])
}
