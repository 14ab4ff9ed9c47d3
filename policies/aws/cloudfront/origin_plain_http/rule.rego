# METADATA
# title: CloudFront fetches from a custom origin over plain HTTP
# description: >-
#   With origin_protocol_policy = "http-only" every request and response between the edge and
#   the origin, cookies and authorization headers included, crosses the internet in clear
#   text, even when viewers connect over HTTPS.
# custom:
#   id: PLB-AWS-CLOUDFRONT-005
#   severity: medium
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Set origin_protocol_policy = "https-only" in the custom_origin_config and give the origin
#     a certificate for its domain name.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.cloudfront.origin_plain_http

import rego.v1

deny contains {"msg": msg, "path": ["origin", i, "custom_origin_config", j, "origin_protocol_policy"]} if {
	some i, origin in input.attributes.origin
	some j, config in origin.custom_origin_config
	config.origin_protocol_policy == "http-only"
	msg := sprintf("CloudFront distribution %s reaches origin %v over plain HTTP", [input.key, label([sprintf("%v", [id]) | id := origin.origin_id], i)])
}

# label names a block for messages from one of its attributes, falling back to its index.
# Only that attribute is read, so an unknown value elsewhere in the block does not concern
# the rule.
label(values, _) := values[0] if count(values) > 0

label(values, i) := sprintf("%d", [i]) if count(values) == 0
