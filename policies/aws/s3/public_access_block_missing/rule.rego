# METADATA
# title: S3 bucket has no public access block
# description: >-
#   The bucket-level public access block is the switch that stops a later ACL or bucket policy
#   change from exposing the bucket. Without it, one mistaken grant or policy statement is
#   enough to make the data public.
# custom:
#   id: PLB-AWS-S3-002
#   severity: medium
#   types: [aws_s3_bucket]
#   remediation: >-
#     Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls,
#     block_public_policy, ignore_public_acls and restrict_public_buckets all set to true.
#   controls:
#     cis-aws: ["2.1.4"]
#     nist-800-53: ["AC-3", "AC-21"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#   fix:
#     companion:
#       terraform:
#         type: aws_s3_bucket_public_access_block
#         body: |
#           bucket                  = {{.Ref}}.id
#           block_public_acls       = true
#           block_public_policy     = true
#           ignore_public_acls      = true
#           restrict_public_buckets = true
package plumb.rules.aws.s3.public_access_block_missing

import rego.v1

deny contains {"msg": msg, "path": ["public_access_block"]} if {
	not input.attributes.public_access_block
	msg := sprintf("bucket %s has no public access block", [input.key])
}
