# METADATA
# title: WAF web ACL or rule does not publish CloudWatch metrics
# description: >-
#   With cloudwatch_metrics_enabled = false the web ACL (or one of its rules) reports no
#   allowed, blocked and counted request metrics, so an attack it is blocking, or a rule that
#   suddenly stops matching, cannot raise an alarm.
# custom:
#   id: PLB-AWS-WAF-001
#   severity: low
#   types: [aws_wafv2_web_acl, aws_wafv2_rule_group]
#   remediation: >-
#     Set cloudwatch_metrics_enabled = true in the visibility_config of the web ACL or rule
#     group and of each of its rules.
#   controls:
#     nist-800-53: ["SI-4", "AU-12"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
package plumb.rules.aws.waf.metrics_disabled

import rego.v1

deny contains {"msg": msg, "path": ["visibility_config", i, "cloudwatch_metrics_enabled"]} if {
	some i, config in input.attributes.visibility_config
	config.cloudwatch_metrics_enabled == false
	msg := sprintf("%s does not publish CloudWatch metrics", [input.key])
}

deny contains {"msg": msg, "path": ["rule", r, "visibility_config", i, "cloudwatch_metrics_enabled"]} if {
	some r, rule in input.attributes.rule
	some i, config in rule.visibility_config
	config.cloudwatch_metrics_enabled == false
	msg := sprintf("%s: rule %v does not publish CloudWatch metrics", [input.key, object.get(rule, "name", r)])
}
