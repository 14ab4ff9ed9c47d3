# METADATA
# title: S3 bucket versioning does not require MFA delete
# description: >-
#   With MFA delete, permanently deleting an object version or suspending versioning needs the
#   root user's MFA code, so stolen access keys alone cannot destroy the history that
#   versioning keeps.
# custom:
#   id: PLB-AWS-S3-008
#   severity: low
#   types: [aws_s3_bucket]
#   remediation: >-
#     In the bucket's aws_s3_bucket_versioning set versioning_configuration { mfa_delete =
#     "Enabled" } and pass the root user's MFA device serial and code in mfa; the change must be
#     applied with root credentials.
#   controls:
#     cis-aws: ["2.1.2"]
#     nist-800-53: ["CP-9"]
#   fix:
#     none: MFA delete can only be turned on by the root user with its MFA device
package plumb.rules.aws.s3.mfa_delete_disabled

import rego.v1

# Only versioned buckets are judged: MFA delete needs versioning, and a bucket without
# versioning is reported by PLB-AWS-S3-006.
deny contains {"msg": msg, "path": ["versioning", "mfa_delete"]} if {
	input.attributes.versioning.enabled == true
	not input.attributes.versioning.mfa_delete == true
	msg := sprintf("bucket %s keeps versions but does not require MFA to delete them", [input.key])
}
