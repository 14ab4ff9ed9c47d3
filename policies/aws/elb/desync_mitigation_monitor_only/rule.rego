# METADATA
# title: Load balancer only monitors HTTP desync attacks
# description: >-
#   In "monitor" mode the load balancer forwards every request, however ambiguous its framing,
#   so requests crafted for HTTP request smuggling reach the targets and can poison queues or
#   bypass front-end access rules. "defensive" (the default) or "strictest" block the
#   dangerous ones.
# custom:
#   id: PLB-AWS-ELB-009
#   severity: medium
#   types: [aws_lb, aws_alb, aws_elb]
#   remediation: >-
#     Remove desync_mitigation_mode or set it to "defensive" or "strictest" on the load
#     balancer.
#   controls:
#     nist-800-53: ["SI-10", "SC-7"]
#     pci-dss: ["6.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.26"]
#   fix:
#     set: {path: [desync_mitigation_mode], value: defensive}
package plumb.rules.aws.elb.desync_mitigation_monitor_only

import rego.v1

deny contains {"msg": msg, "path": ["desync_mitigation_mode"]} if {
	input.attributes.desync_mitigation_mode == "monitor"
	msg := sprintf("load balancer %s forwards requests that may be HTTP desync attacks (desync_mitigation_mode = monitor)", [input.key])
}
