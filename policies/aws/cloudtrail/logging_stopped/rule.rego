# METADATA
# title: CloudTrail trail is not logging
# description: >-
#   enable_logging = false creates or keeps the trail stopped: it records nothing, so API
#   activity in the account leaves no audit record while the configuration looks complete.
# custom:
#   id: PLB-AWS-CT-005
#   severity: high
#   types: [aws_cloudtrail]
#   remediation: >-
#     Remove enable_logging = false (it defaults to true) from the aws_cloudtrail.
#   controls:
#     cis-aws: ["3.1"]
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
#   fix:
#     set: {path: [enable_logging], value: true}
package plumb.rules.aws.cloudtrail.logging_stopped

import rego.v1

deny contains {"msg": msg, "path": ["enable_logging"]} if {
	input.attributes.enable_logging == false
	msg := sprintf("trail %s is stopped and records no API activity", [input.key])
}
