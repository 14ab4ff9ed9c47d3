# METADATA
# title: S3 bucket server access logging is not enabled
# description: >-
#   Server access logs are the only record of who read, wrote or deleted individual objects
#   unless CloudTrail data events are paid for. Without them an investigation cannot tell what
#   left the bucket.
# custom:
#   id: PLB-AWS-S3-007
#   severity: medium
#   types: [aws_s3_bucket]
#   remediation: >-
#     Add an aws_s3_bucket_logging for the bucket with target_bucket set to a dedicated log
#     bucket and a target_prefix (old providers: a logging block on the bucket).
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
#   fix:
#     none: the bucket that receives the access logs is yours to choose
package plumb.rules.aws.s3.access_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["logging"]} if {
	not input.attributes.logging.target_bucket
	msg := sprintf("bucket %s does not enable server access logging", [input.key])
}
