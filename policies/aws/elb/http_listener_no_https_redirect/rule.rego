# METADATA
# title: Load balancer listener serves plain HTTP instead of redirecting to HTTPS
# description: >-
#   An HTTP listener that forwards requests sends session cookies, credentials and page content
#   in clear text, open to anyone on the network path. The only safe job for a port-80
#   listener is to redirect the client to HTTPS.
# custom:
#   id: PLB-AWS-ELB-001
#   severity: medium
#   types: [aws_lb_listener, aws_alb_listener]
#   remediation: >-
#     Give the HTTP listener default_action { type = "redirect" redirect { protocol = "HTTPS"
#     port = "443" status_code = "HTTP_301" } } and serve the application from an HTTPS
#     listener with an ACM certificate.
#   controls:
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.elb.http_listener_no_https_redirect

import rego.v1

deny contains {"msg": msg, "path": ["protocol"]} if {
	plain_http
	not redirects_to_https
	not action_unknown
	msg := sprintf("listener %s serves plain HTTP without redirecting to HTTPS", [input.key])
}

plain_http if input.attributes.protocol == "HTTP"

# protocol defaults to HTTP on an application load balancer listener; a Gateway Load
# Balancer listener has neither port nor protocol.
plain_http if {
	not has_protocol
	_ = input.attributes.port
}

has_protocol if _ = input.attributes.protocol

# An HTTP listener has exactly one default action (authenticate actions need HTTPS). Reading
# it by index, not the whole list, keeps an unknown target_group_arn in a forward action
# from making the check undecidable.
redirects_to_https if {
	input.attributes.default_action[0].type == "redirect"
	input.attributes.default_action[0].redirect[0].protocol == "HTTPS"
}

action_unknown if is_object(input.attributes.default_action[0].type)

action_unknown if is_object(input.attributes.default_action[0].redirect[0].protocol)
