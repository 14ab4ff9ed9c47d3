# METADATA
# title: S3 bucket declares no default server-side encryption
# description: >-
#   The bucket does not say how objects are encrypted at rest. Since 2023 S3 falls back to
#   SSE-S3 for new objects, but a bucket that does not declare its encryption leaves the choice
#   out of code review and gives no place to require a customer-managed key.
# custom:
#   id: PLB-AWS-S3-004
#   severity: low
#   types: [aws_s3_bucket]
#   remediation: >-
#     Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with a rule whose
#     apply_server_side_encryption_by_default sets sse_algorithm = "aws:kms" and a
#     kms_master_key_id (or "AES256" at least).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     gdpr: ["Art.32"]
#   fix:
#     companion:
#       terraform:
#         type: aws_s3_bucket_server_side_encryption_configuration
#         body: |
#           bucket = {{.Ref}}.id
#
#           rule {
#             apply_server_side_encryption_by_default {
#               sse_algorithm = "AES256"
#             }
#           }
package plumb.rules.aws.s3.encryption_disabled

import rego.v1

# S3 takes a single encryption rule. Reading its algorithm by index, rather than the whole
# rule list, keeps an unknown kms_master_key_id (a key declared in the same configuration)
# from making this check undecidable.
declares_encryption if input.attributes.server_side_encryption.rules[0].sse_algorithm

deny contains {"msg": msg, "path": ["server_side_encryption"]} if {
	not declares_encryption
	msg := sprintf("bucket %s declares no default server-side encryption", [input.key])
}
