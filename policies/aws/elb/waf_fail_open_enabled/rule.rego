# METADATA
# title: Application load balancer lets requests through when WAF cannot inspect them
# description: >-
#   With enable_waf_fail_open = true, requests are forwarded to the targets whenever the load
#   balancer cannot reach AWS WAF, so an attacker who can degrade inspection (or an outage)
#   switches the web application firewall off.
# custom:
#   id: PLB-AWS-ELB-010
#   severity: medium
#   types: [aws_lb, aws_alb]
#   remediation: Remove enable_waf_fail_open or set it to false on the load balancer.
#   controls:
#     nist-800-53: ["SC-7", "SC-24"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#   fix:
#     set: {path: [enable_waf_fail_open], value: false}
package plumb.rules.aws.elb.waf_fail_open_enabled

import rego.v1

deny contains {"msg": msg, "path": ["enable_waf_fail_open"]} if {
	input.attributes.enable_waf_fail_open == true
	msg := sprintf("load balancer %s forwards requests uninspected when AWS WAF is unavailable", [input.key])
}
