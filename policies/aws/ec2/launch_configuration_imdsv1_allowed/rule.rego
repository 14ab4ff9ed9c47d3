# METADATA
# title: Launch configuration allows IMDSv1
# description: >-
#   Every instance an Auto Scaling group starts from this launch configuration answers plain
#   IMDSv1 GET requests, so a server-side request forgery in any of them is enough to read the
#   instance role's temporary credentials from the metadata service.
# custom:
#   id: PLB-AWS-EC2-009
#   severity: high
#   types: [aws_launch_configuration]
#   remediation: >-
#     Add metadata_options { http_tokens = "required" } to the launch configuration, or better,
#     move the Auto Scaling group to a launch template that requires IMDSv2.
#   controls:
#     cis-aws: ["5.6"]
#     nist-800-53: ["CM-6", "AC-3"]
#     iso-27001: ["A.8.9"]
#     soc2: ["CC6.1"]
#   fix:
#     set: {path: [metadata_options, 0, http_tokens], value: required}
package plumb.rules.aws.ec2.launch_configuration_imdsv1_allowed

import rego.v1

deny contains {"msg": msg, "path": ["metadata_options"]} if {
	no_metadata_options
	msg := sprintf("launch configuration %s does not require IMDSv2 (no metadata_options, so http_tokens defaults to optional)", [input.key])
}

deny contains {"msg": msg, "path": ["metadata_options", i, "http_tokens"]} if {
	some i, options in input.attributes.metadata_options
	endpoint_enabled(options)
	not options.http_tokens == "required"
	msg := sprintf("launch configuration %s allows IMDSv1: metadata_options.http_tokens is not \"required\"", [input.key])
}

no_metadata_options if not input.attributes.metadata_options

no_metadata_options if input.attributes.metadata_options == []

# http_endpoint defaults to "enabled"; an unknown value is taken for neither.
endpoint_enabled(options) if options.http_endpoint == "enabled"

endpoint_enabled(options) if not "http_endpoint" in object.keys(options)
