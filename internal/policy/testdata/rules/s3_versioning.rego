# METADATA
# title: Test bucket versioning is not enabled
# description: A bucket without versioning.
# custom:
#   id: TEST-S3-001
#   severity: medium
#   types: [aws_s3_bucket]
#   remediation: Enable versioning.
#   controls:
#     cis-aws: ["2.1.3"]
#     nist-800-53: ["CP-9"]
package test.rules.s3_versioning

deny contains {"msg": msg, "path": ["versioning", "enabled"]} if {
	not input.attributes.versioning.enabled == true
	msg := sprintf("bucket %s does not enable versioning", [input.key])
}
