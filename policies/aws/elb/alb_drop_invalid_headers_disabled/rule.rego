# METADATA
# title: Application load balancer forwards invalid HTTP headers
# description: >-
#   Unless drop_invalid_header_fields is on, the load balancer passes headers whose names are
#   not valid HTTP tokens to the targets, where servers that parse them differently can be
#   abused for request smuggling and header injection.
# custom:
#   id: PLB-AWS-ELB-003
#   severity: medium
#   types: [aws_lb, aws_alb]
#   remediation: Set drop_invalid_header_fields = true on the application load balancer.
#   controls:
#     nist-800-53: ["SI-10"]
#   fix:
#     set: {path: [drop_invalid_header_fields], value: true}
package plumb.rules.aws.elb.alb_drop_invalid_headers_disabled

import rego.v1

deny contains {"msg": msg, "path": ["drop_invalid_header_fields"]} if {
	application
	not input.attributes.drop_invalid_header_fields == true
	msg := sprintf("application load balancer %s does not drop invalid header fields", [input.key])
}

# load_balancer_type defaults to "application".
application if input.attributes.load_balancer_type == "application"

application if not has_type

has_type if _ = input.attributes.load_balancer_type
