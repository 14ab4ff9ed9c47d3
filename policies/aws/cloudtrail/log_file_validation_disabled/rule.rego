# METADATA
# title: CloudTrail log file validation is not enabled
# description: >-
#   With validation on, CloudTrail writes signed digest files that show whether any log file
#   was changed or deleted after delivery, so investigators can trust the record. An attacker
#   with access to the log bucket could otherwise edit their traces away unnoticed.
#   enable_log_file_validation defaults to false.
# custom:
#   id: PLB-AWS-CT-002
#   severity: medium
#   types: [aws_cloudtrail]
#   remediation: Set enable_log_file_validation = true on the aws_cloudtrail.
#   controls:
#     cis-aws: ["3.2"]
#     nist-800-53: ["AU-9"]
#     pci-dss: ["10.3.4"]
#     hipaa: ["164.312(c)(1)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
#   fix:
#     set: {path: [enable_log_file_validation], value: true}
package plumb.rules.aws.cloudtrail.log_file_validation_disabled

import rego.v1

validation_set if _ = input.attributes.enable_log_file_validation

deny contains {"msg": msg, "path": []} if {
	not validation_set
	msg := sprintf("trail %s does not enable log file validation", [input.key])
}

deny contains {"msg": msg, "path": ["enable_log_file_validation"]} if {
	input.attributes.enable_log_file_validation == false
	msg := sprintf("trail %s sets enable_log_file_validation = false", [input.key])
}
