# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   Without versioning, an object that is overwritten or deleted (by mistake, a faulty
#   deployment or ransomware holding stolen credentials) is gone for good.
# custom:
#   id: PLB-AWS-S3-006
#   severity: medium
#   types: [aws_s3_bucket]
#   remediation: >-
#     Add an aws_s3_bucket_versioning for the bucket with versioning_configuration { status =
#     "Enabled" } (old providers: versioning { enabled = true } on the bucket), and a lifecycle
#     rule that expires noncurrent versions if storage cost matters.
#   controls:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
#   fix:
#     companion:
#       terraform:
#         type: aws_s3_bucket_versioning
#         body: |
#           bucket = {{.Ref}}.id
#
#           versioning_configuration {
#             status = "Enabled"
#           }
package plumb.rules.aws.s3.versioning_disabled

import rego.v1

deny contains {"msg": msg, "path": ["versioning", "enabled"]} if {
	not input.attributes.versioning.enabled == true
	msg := sprintf("bucket %s does not enable versioning", [input.key])
}
