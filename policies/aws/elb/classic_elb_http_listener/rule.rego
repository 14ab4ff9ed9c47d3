# METADATA
# title: Classic load balancer listener accepts plain HTTP
# description: >-
#   A classic ELB listener with lb_protocol http carries requests, cookies and credentials
#   between clients and the load balancer in clear text.
# custom:
#   id: PLB-AWS-ELB-005
#   severity: medium
#   types: [aws_elb]
#   remediation: >-
#     Change the listener to lb_protocol = "https" with an ssl_certificate_id on port 443, or
#     better, migrate to an application load balancer with an HTTP-to-HTTPS redirect.
#   controls:
#     nist-800-53: ["SC-8"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.elb.classic_elb_http_listener

import rego.v1

deny contains {"msg": msg, "path": ["listener", i, "lb_protocol"]} if {
	some i, listener in input.attributes.listener
	is_string(listener.lb_protocol)
	lower(listener.lb_protocol) == "http"
	msg := sprintf("classic load balancer %s accepts plain HTTP on port %v", [input.key, object.get(listener, "lb_port", "?")])
}
