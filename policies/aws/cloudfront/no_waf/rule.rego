# METADATA
# title: CloudFront distribution is not protected by AWS WAF
# description: >-
#   A distribution without a web ACL passes every request to its origins: injection attempts,
#   credential stuffing and request floods are stopped only by whatever the origin itself
#   does.
# custom:
#   id: PLB-AWS-CLOUDFRONT-004
#   severity: low
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Create an aws_wafv2_web_acl with scope = "CLOUDFRONT" (in us-east-1) and set its ARN as
#     web_acl_id on the distribution.
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.26"]
package plumb.rules.aws.cloudfront.no_waf

import rego.v1

deny contains {"msg": msg, "path": ["web_acl_id"]} if {
	not has_web_acl
	msg := sprintf("CloudFront distribution %s has no AWS WAF web ACL", [input.key])
}

deny contains {"msg": msg, "path": ["web_acl_id"]} if {
	input.attributes.web_acl_id == ""
	msg := sprintf("CloudFront distribution %s has no AWS WAF web ACL", [input.key])
}

has_web_acl if _ = input.attributes.web_acl_id
