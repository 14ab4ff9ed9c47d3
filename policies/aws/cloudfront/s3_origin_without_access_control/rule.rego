# METADATA
# title: CloudFront reads an S3 origin without origin access control
# description: >-
#   Without an origin access control (or the older origin access identity) CloudFront sends
#   anonymous requests to the bucket, so the bucket must be readable by everyone, and viewers
#   can bypass the distribution, its WAF and its signed URLs by fetching objects from S3
#   directly.
# custom:
#   id: PLB-AWS-CLOUDFRONT-007
#   severity: medium
#   types: [aws_cloudfront_distribution]
#   remediation: >-
#     Create an aws_cloudfront_origin_access_control (origin_access_control_origin_type =
#     "s3", signing_behavior = "always"), set origin_access_control_id on the origin, and
#     allow only the distribution (AWS:SourceArn) in the bucket policy.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.cloudfront.s3_origin_without_access_control

import rego.v1

# An S3 REST endpoint: bucket.s3.amazonaws.com, bucket.s3.<region>.amazonaws.com, with or
# without dualstack. Website endpoints (s3-website) are custom origins and cannot use OAC.
s3_rest_endpoint(name) if regex.match(`\.s3(\.dualstack)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$`, name)

deny contains {"msg": msg, "path": ["origin", i, "origin_access_control_id"]} if {
	some i, origin in input.attributes.origin
	is_string(origin.domain_name)
	s3_rest_endpoint(origin.domain_name)
	not has_oac(origin)
	not has_oai(origin)
	msg := sprintf("CloudFront distribution %s reads S3 origin %s without origin access control", [input.key, origin.domain_name])
}

has_oac(origin) if origin.origin_access_control_id != ""

# An unknown identity counts as set: only a known empty or missing one is judged.
has_oai(origin) if {
	some config in origin.s3_origin_config
	config.origin_access_identity != ""
}
