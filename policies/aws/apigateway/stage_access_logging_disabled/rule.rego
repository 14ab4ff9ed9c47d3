# METADATA
# title: API Gateway stage does not write access logs
# description: >-
#   The access log records who called which resource of the API, from which address, with
#   which result. Without it misuse of the API (credential stuffing, scraping, an exploited
#   endpoint) leaves no record to investigate.
# custom:
#   id: PLB-AWS-APIGW-001
#   severity: medium
#   types: [aws_api_gateway_stage, aws_apigatewayv2_stage]
#   remediation: >-
#     Add access_log_settings { destination_arn = "<log group arn>" format = "<format>" } to
#     the stage.
#   controls:
#     nist-800-53: ["AU-2", "AU-3", "AU-12"]
#     pci-dss: ["10.2.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.apigateway.stage_access_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["access_log_settings"]} if {
	not has_access_log_settings
	msg := sprintf("API Gateway stage %s does not write access logs", [input.key])
}

has_access_log_settings if count(input.attributes.access_log_settings) > 0
