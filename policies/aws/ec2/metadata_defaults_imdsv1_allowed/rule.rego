# METADATA
# title: Account instance metadata defaults do not require IMDSv2
# description: >-
#   The account-level metadata defaults decide the IMDS settings of every new instance that
#   does not set its own. Left at "no-preference" or "optional", instances launched by hand,
#   by other tools or by services fall back to allowing IMDSv1, whose plain GET requests an
#   SSRF flaw can use to steal role credentials.
# custom:
#   id: PLB-AWS-EC2-021
#   severity: medium
#   types: [aws_ec2_instance_metadata_defaults]
#   remediation: Set http_tokens = "required" on aws_ec2_instance_metadata_defaults.
#   controls:
#     cis-aws: ["5.6"]
#     nist-800-53: ["CM-6", "AC-3"]
#     iso-27001: ["A.8.9"]
#   fix:
#     set: {path: [http_tokens], value: required}
package plumb.rules.aws.ec2.metadata_defaults_imdsv1_allowed

import rego.v1

# http_tokens defaults to "no-preference", which leaves IMDSv1 available.
deny contains {"msg": msg, "path": ["http_tokens"]} if {
	not has_http_tokens
	endpoint_not_disabled
	msg := sprintf("%s does not make IMDSv2 the default for new instances (http_tokens defaults to no-preference)", [input.key])
}

deny contains {"msg": msg, "path": ["http_tokens"]} if {
	input.attributes.http_tokens in {"optional", "no-preference"}
	endpoint_not_disabled
	msg := sprintf("%s sets http_tokens = %q, so new instances allow IMDSv1", [input.key, input.attributes.http_tokens])
}

has_http_tokens if _ = input.attributes.http_tokens

# http_endpoint defaults to "enabled"; an unknown value is taken for neither.
endpoint_not_disabled if input.attributes.http_endpoint == "enabled"

endpoint_not_disabled if not has_http_endpoint

has_http_endpoint if _ = input.attributes.http_endpoint
