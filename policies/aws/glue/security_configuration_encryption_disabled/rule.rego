# METADATA
# title: Glue security configuration leaves an encryption off
# description: >-
#   A Glue security configuration decides how jobs, crawlers and development endpoints that
#   use it encrypt what they write to S3, their CloudWatch logs and their job bookmarks.
#   Each mode defaults to DISABLED, so a configuration that does not set one leaves that
#   output unencrypted.
# custom:
#   id: PLB-AWS-GLUE-003
#   severity: medium
#   types: [aws_glue_security_configuration]
#   remediation: >-
#     Set s3_encryption_mode = "SSE-KMS", cloudwatch_encryption_mode = "SSE-KMS" and
#     job_bookmarks_encryption_mode = "CSE-KMS", each with a kms_key_arn.
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.glue.security_configuration_encryption_disabled

import rego.v1

modes := {
	"s3_encryption": "s3_encryption_mode",
	"cloudwatch_encryption": "cloudwatch_encryption_mode",
	"job_bookmarks_encryption": "job_bookmarks_encryption_mode",
}

mode_written(block, mode) if _ = block[mode]

deny contains {"msg": msg, "path": ["encryption_configuration", i, kind, j, mode]} if {
	some i, conf in input.attributes.encryption_configuration
	some kind, mode in modes
	some j, block in conf[kind]
	block[mode] == "DISABLED"
	msg := sprintf("security configuration %s sets %s to DISABLED", [input.key, mode])
}

deny contains {"msg": msg, "path": ["encryption_configuration", i, kind, j]} if {
	some i, conf in input.attributes.encryption_configuration
	some kind, mode in modes
	some j, block in conf[kind]
	is_object(block)
	not mode_written(block, mode)
	msg := sprintf("security configuration %s does not set %s, so it is DISABLED", [input.key, mode])
}
