# METADATA
# title: API Gateway method settings turn execution logging off
# description: >-
#   With logging_level = "OFF" API Gateway writes no execution log for the methods the settings
#   cover: authorizer failures, integration errors and throttling leave no trace in
#   CloudWatch Logs.
# custom:
#   id: PLB-AWS-APIGW-004
#   severity: low
#   types: [aws_api_gateway_method_settings]
#   remediation: Set logging_level = "ERROR" (or "INFO") in the settings block.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.apigateway.execution_logging_off

import rego.v1

deny contains {"msg": msg, "path": ["settings", i, "logging_level"]} if {
	some i, settings in input.attributes.settings
	settings.logging_level == "OFF"
	msg := sprintf("API Gateway method settings %s turn execution logging off", [input.key])
}
