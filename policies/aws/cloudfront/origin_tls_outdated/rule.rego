# METADATA
# title: CloudFront may use SSLv3, TLS 1.0 or TLS 1.1 to reach a custom origin
# description: >-
#   origin_ssl_protocols lists the protocols CloudFront may negotiate with the origin. Listing
#   SSLv3, TLSv1 or TLSv1.1 lets the edge-to-origin connection fall back to a protocol with
#   known weaknesses whenever the origin offers nothing better.
# custom:
#   id: PLB-AWS-CLOUDFRONT-006
#   severity: medium
#   types: [aws_cloudfront_distribution]
#   remediation: Set origin_ssl_protocols = ["TLSv1.2"] in every custom_origin_config.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.cloudfront.origin_tls_outdated

import rego.v1

outdated := {"SSLv3", "TLSv1", "TLSv1.1"}

deny contains {"msg": msg, "path": ["origin", i, "custom_origin_config", j, "origin_ssl_protocols", k]} if {
	some i, origin in input.attributes.origin
	some j, config in origin.custom_origin_config
	some k, protocol in config.origin_ssl_protocols
	protocol in outdated
	msg := sprintf("CloudFront distribution %s may reach origin %v with %s", [input.key, label([sprintf("%v", [id]) | id := origin.origin_id], i), protocol])
}

# label names a block for messages from one of its attributes, falling back to its index.
# Only that attribute is read, so an unknown value elsewhere in the block does not concern
# the rule.
label(values, _) := values[0] if count(values) > 0

label(values, i) := sprintf("%d", [i]) if count(values) == 0
