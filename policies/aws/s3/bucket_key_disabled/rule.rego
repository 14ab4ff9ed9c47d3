# METADATA
# title: S3 bucket encrypts with KMS without an S3 Bucket Key
# description: >-
#   With SSE-KMS and no bucket key, S3 calls KMS for every object written or read. Besides
#   the cost, the request volume can hit KMS rate limits and throttle the bucket's clients,
#   and it floods CloudTrail with KMS events that bury the ones worth reviewing.
#   bucket_key_enabled defaults to false.
# custom:
#   id: PLB-AWS-S3-011
#   severity: low
#   types: [aws_s3_bucket]
#   remediation: >-
#     Set bucket_key_enabled = true in the rule of the
#     aws_s3_bucket_server_side_encryption_configuration (new objects use it; existing
#     objects get it when copied in place).
#   controls:
#     nist-800-53: ["SC-12"]
#     iso-27001: ["A.8.24"]
#   fix:
#     set: {path: [server_side_encryption, rules, 0, bucket_key_enabled], value: true}
package plumb.rules.aws.s3.bucket_key_disabled

import rego.v1

key_enabled_set(rule) if _ = rule.bucket_key_enabled

# DSSE-KMS cannot use a bucket key, so only aws:kms is judged.
deny contains {"msg": msg, "path": ["server_side_encryption", "rules", i]} if {
	some i, rule in input.attributes.server_side_encryption.rules
	rule.sse_algorithm == "aws:kms"
	not key_enabled_set(rule)
	msg := sprintf("bucket %s encrypts with KMS but does not enable an S3 Bucket Key", [input.key])
}

deny contains {"msg": msg, "path": ["server_side_encryption", "rules", i, "bucket_key_enabled"]} if {
	some i, rule in input.attributes.server_side_encryption.rules
	rule.sse_algorithm == "aws:kms"
	rule.bucket_key_enabled == false
	msg := sprintf("bucket %s encrypts with KMS and turns the S3 Bucket Key off", [input.key])
}
