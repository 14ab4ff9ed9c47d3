# METADATA
# title: S3 bucket encrypts with S3-managed keys instead of KMS
# description: >-
#   SSE-S3 (AES256) keys are owned and used by S3 on behalf of anyone allowed to read the
#   object, so encryption adds no access control of its own. A KMS key adds a second,
#   auditable permission check on every read and lets you revoke access by disabling the key.
# custom:
#   id: PLB-AWS-S3-005
#   severity: low
#   types: [aws_s3_bucket]
#   remediation: >-
#     In the bucket's server-side encryption rule set sse_algorithm = "aws:kms" with
#     kms_master_key_id pointing at a customer-managed aws_kms_key, and bucket_key_enabled =
#     true to keep KMS request costs down.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#   fix:
#     none: the customer-managed KMS key to encrypt with is yours to choose
package plumb.rules.aws.s3.encryption_not_kms

import rego.v1

# S3 takes a single encryption rule. Reading its algorithm by index, rather than the whole
# rule list, keeps an unknown kms_master_key_id from making this check undecidable.
deny contains {"msg": msg, "path": ["server_side_encryption", "rules", 0, "sse_algorithm"]} if {
	input.attributes.server_side_encryption.rules[0].sse_algorithm == "AES256"
	msg := sprintf("bucket %s encrypts with S3-managed keys (AES256), not a KMS key", [input.key])
}
