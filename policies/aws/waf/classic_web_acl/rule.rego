# METADATA
# title: Web ACL uses the discontinued AWS WAF Classic
# description: >-
#   AWS WAF Classic reached the end of its support: it receives no new managed rules or
#   protections, and its web ACLs must be migrated to AWS WAF (wafv2) to keep protecting the
#   resources they are attached to.
# custom:
#   id: PLB-AWS-WAF-004
#   severity: medium
#   types: [aws_waf_web_acl, aws_wafregional_web_acl]
#   remediation: >-
#     Recreate the web ACL as an aws_wafv2_web_acl (the WAF console's migration wizard exports
#     the rules) and attach it with aws_wafv2_web_acl_association or the distribution's
#     web_acl_id.
#   controls:
#     nist-800-53: ["SA-22", "SC-7"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.waf.classic_web_acl

import rego.v1

deny contains {"msg": msg, "path": []} if {
	msg := sprintf("web ACL %s uses AWS WAF Classic, which is discontinued", [input.key])
}
