# METADATA
# title: AWS Config recorder is stopped
# description: >-
#   aws_config_configuration_recorder_status with is_enabled = false keeps the recorder
#   stopped: no configuration changes are recorded and Config rules stop evaluating.
# custom:
#   id: PLB-AWS-CONFIG-002
#   severity: medium
#   types: [aws_config_configuration_recorder_status]
#   remediation: >-
#     Set is_enabled = true on the aws_config_configuration_recorder_status.
#   controls:
#     cis-aws: ["3.3"]
#     nist-800-53: ["CM-8", "CM-3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.9"]
#   fix:
#     set: {path: [is_enabled], value: true}
package plumb.rules.aws.config.recorder_stopped

import rego.v1

deny contains {"msg": msg, "path": ["is_enabled"]} if {
	input.attributes.is_enabled == false
	msg := sprintf("%s keeps the AWS Config recorder stopped", [input.key])
}
