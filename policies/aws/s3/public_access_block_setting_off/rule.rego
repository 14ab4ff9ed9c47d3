# METADATA
# title: S3 bucket public access block leaves a setting off
# description: >-
#   Each of the four public access block settings closes a different path to exposure: new
#   public ACLs, existing public ACLs, new public policies and cross-account access through a
#   public policy. A block with any of them off still lets that path through.
# custom:
#   id: PLB-AWS-S3-003
#   severity: medium
#   types: [aws_s3_bucket]
#   remediation: >-
#     In the bucket's aws_s3_bucket_public_access_block set block_public_acls,
#     block_public_policy, ignore_public_acls and restrict_public_buckets to true (an omitted
#     setting defaults to false).
#   controls:
#     cis-aws: ["2.1.4"]
#     nist-800-53: ["AC-3", "AC-21"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.s3.public_access_block_setting_off

import rego.v1

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

deny contains {"msg": msg, "path": ["public_access_block", setting]} if {
	block := input.attributes.public_access_block
	is_object(block)
	some setting in settings
	not block[setting] == true
	msg := sprintf("bucket %s has the public access block setting %s off", [input.key, setting])
}
