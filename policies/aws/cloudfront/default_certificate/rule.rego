# METADATA
# title: CloudFront distribution uses the default cloudfront.net certificate
# description: >-
#   On the shared *.cloudfront.net certificate the distribution cannot choose its TLS policy:
#   CloudFront accepts TLS 1.0 from its viewers, and the site is served under a name users
#   cannot tell from any other distribution's.
# custom:
#   id: PLB-AWS-CLOUDFRONT-003
#   severity: low
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Serve the distribution under your own domain (aliases) with an ACM certificate from
#     us-east-1: viewer_certificate { acm_certificate_arn = "..." ssl_support_method =
#     "sni-only" minimum_protocol_version = "TLSv1.2_2021" }.
#   controls:
#     nist-800-53: ["SC-8", "SC-17"]
#     pci-dss: ["4.2.1"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.cloudfront.default_certificate

import rego.v1

deny contains {"msg": msg, "path": ["viewer_certificate", i, "cloudfront_default_certificate"]} if {
	some i, cert in input.attributes.viewer_certificate
	cert.cloudfront_default_certificate == true
	msg := sprintf("CloudFront distribution %s uses the default cloudfront.net certificate, which accepts TLS 1.0", [input.key])
}
