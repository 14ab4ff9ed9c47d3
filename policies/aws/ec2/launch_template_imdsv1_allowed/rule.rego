# METADATA
# title: Launch template allows IMDSv1
# description: >-
#   Every instance started from this launch template (by Auto Scaling, EKS node groups, Spot
#   fleets) accepts IMDSv1 requests, so an SSRF flaw in any of them can read the role
#   credentials from the metadata service.
# custom:
#   id: PLB-AWS-EC2-006
#   severity: high
#   types: [aws_launch_template]
#   remediation: >-
#     Add metadata_options { http_tokens = "required" } to the launch template (set
#     http_put_response_hop_limit = 2 if containers on the instance must reach the metadata
#     service).
#   controls:
#     cis-aws: ["5.6"]
#     nist-800-53: ["CM-6"]
#   fix:
#     set: {path: [metadata_options, 0, http_tokens], value: required}
package plumb.rules.aws.ec2.launch_template_imdsv1_allowed

import rego.v1

deny contains {"msg": msg, "path": ["metadata_options"]} if {
	no_metadata_options
	msg := sprintf("launch template %s does not require IMDSv2 (no metadata_options, so http_tokens defaults to optional)", [input.key])
}

deny contains {"msg": msg, "path": ["metadata_options", i, "http_tokens"]} if {
	some i, options in input.attributes.metadata_options
	endpoint_enabled(options)
	not options.http_tokens == "required"
	msg := sprintf("launch template %s allows IMDSv1: metadata_options.http_tokens is not \"required\"", [input.key])
}

no_metadata_options if not input.attributes.metadata_options

no_metadata_options if input.attributes.metadata_options == []

# http_endpoint defaults to "enabled"; an unknown value is not taken for either.
endpoint_enabled(options) if options.http_endpoint == "enabled"

endpoint_enabled(options) if not "http_endpoint" in object.keys(options)
