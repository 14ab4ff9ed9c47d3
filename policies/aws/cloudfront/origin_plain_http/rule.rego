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
	msg := sprintf("CloudFront distribution %s reaches origin %v over plain HTTP", [input.key, object.get(origin, "origin_id", i)])
}
