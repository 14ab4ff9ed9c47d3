# METADATA
# title: CloudFront distribution accepts TLS versions older than 1.2
# description: >-
#   A distribution with its own certificate negotiates down to minimum_protocol_version with
#   viewers. Left out it is "TLSv1"; TLS 1.0 and 1.1 have known weaknesses and are no longer
#   accepted by PCI DSS or current browsers.
# custom:
#   id: PLB-AWS-CLOUDFRONT-002
#   severity: medium
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Set minimum_protocol_version = "TLSv1.2_2021" (or newer) in the viewer_certificate block.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.cloudfront.viewer_tls_outdated

import rego.v1

outdated := {"SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"}

# Only a distribution with its own certificate chooses its minimum version; one on the
# CloudFront default certificate is judged by PLB-AWS-CLOUDFRONT-003.
deny contains {"msg": msg, "path": ["viewer_certificate", i, "minimum_protocol_version"]} if {
	some i, cert in input.attributes.viewer_certificate
	custom_certificate(cert)
	cert.minimum_protocol_version in outdated
	msg := sprintf("CloudFront distribution %s accepts %s from viewers", [input.key, cert.minimum_protocol_version])
}

deny contains {"msg": msg, "path": ["viewer_certificate", i, "minimum_protocol_version"]} if {
	some i, cert in input.attributes.viewer_certificate
	custom_certificate(cert)
	not "minimum_protocol_version" in object.keys(cert)
	msg := sprintf("CloudFront distribution %s accepts TLS 1.0 from viewers (minimum_protocol_version defaults to TLSv1)", [input.key])
}

custom_certificate(cert) if _ = cert.acm_certificate_arn

custom_certificate(cert) if _ = cert.iam_certificate_id
