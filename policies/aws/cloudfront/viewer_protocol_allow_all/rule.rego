# METADATA
# title: CloudFront cache behavior serves content over plain HTTP
# description: >-
#   viewer_protocol_policy = "allow-all" answers viewers over HTTP as well as HTTPS, so pages,
#   cookies and tokens travel in clear text between the viewer and the edge, open to anyone on
#   the network path.
# custom:
#   id: PLB-AWS-CLOUDFRONT-001
#   severity: medium
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Set viewer_protocol_policy = "redirect-to-https" (or "https-only") in the
#     default_cache_behavior and in every ordered_cache_behavior.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: redirect-to-https}
package plumb.rules.aws.cloudfront.viewer_protocol_allow_all

import rego.v1

deny contains {"msg": msg, "path": [behavior, i, "viewer_protocol_policy"]} if {
	some [behavior, i, b] in behaviors
	b.viewer_protocol_policy == "allow-all"
	msg := sprintf("CloudFront distribution %s serves %s over plain HTTP", [input.key, path_pattern(b)])
}

# Both block lists are named outright so that the engine knows exactly what this rule reads.
behaviors contains ["default_cache_behavior", i, b] if some i, b in input.attributes.default_cache_behavior

behaviors contains ["ordered_cache_behavior", i, b] if some i, b in input.attributes.ordered_cache_behavior

path_pattern(b) := sprintf("path %s", [b.path_pattern]) if is_string(b.path_pattern)

default path_pattern(_) := "its default behavior"
