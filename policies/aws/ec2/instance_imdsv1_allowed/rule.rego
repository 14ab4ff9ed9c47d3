# METADATA
# title: EC2 instance allows IMDSv1
# description: >-
#   Version 1 of the instance metadata service answers any plain GET, so a server-side request
#   forgery in an application on the instance is enough to steal the instance role's
#   credentials. Requiring IMDSv2 session tokens blocks that path.
# custom:
#   id: PLB-AWS-EC2-001
#   severity: high
#   types: [aws_instance]
#   remediation: >-
#     Add metadata_options { http_tokens = "required" } to the instance (or http_endpoint =
#     "disabled" if nothing on it reads instance metadata).
#   controls:
#     cis-aws: ["5.6"]
#     nist-800-53: ["CM-6"]
#   fix:
#     set: {path: [metadata_options, 0, http_tokens], value: required}
package plumb.rules.aws.ec2.instance_imdsv1_allowed

import rego.v1

# An instance launched from a launch template takes its metadata options from the template
# (judged by PLB-AWS-EC2-006) unless it sets its own.
deny contains {"msg": msg, "path": ["metadata_options"]} if {
	no_metadata_options
	not from_launch_template
	msg := sprintf("instance %s does not require IMDSv2 (no metadata_options, so http_tokens defaults to optional)", [input.key])
}

deny contains {"msg": msg, "path": ["metadata_options", i, "http_tokens"]} if {
	some i, options in input.attributes.metadata_options
	endpoint_enabled(options)
	not options.http_tokens == "required"
	msg := sprintf("instance %s allows IMDSv1: metadata_options.http_tokens is not \"required\"", [input.key])
}

no_metadata_options if not input.attributes.metadata_options

no_metadata_options if input.attributes.metadata_options == []

from_launch_template if _ = input.attributes.launch_template

# http_endpoint defaults to "enabled"; an unknown value is not taken for either.
endpoint_enabled(options) if options.http_endpoint == "enabled"

endpoint_enabled(options) if not "http_endpoint" in object.keys(options)
