# METADATA
# title: API Gateway logs full request and response bodies
# description: >-
#   Data trace logging writes every request and response body, with headers, to CloudWatch
#   Logs. Passwords, tokens and personal data sent to the API end up in log groups that far
#   more people and tools can read than the API's own data store.
# custom:
#   id: PLB-AWS-APIGW-005
#   severity: medium
#   types: [aws_api_gateway_method_settings, aws_apigatewayv2_stage]
#   remediation: >-
#     Set data_trace_enabled = false (the default) and keep execution logging at ERROR or INFO;
#     turn data tracing on only briefly in a non-production stage to debug.
#   controls:
#     nist-800-53: ["AU-3(3)", "SI-12"]
#     pci-dss: ["3.3.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.11", "A.8.12"]
#     gdpr: ["Art.25", "Art.32"]
package plumb.rules.aws.apigateway.data_trace_enabled

import rego.v1

deny contains {"msg": msg, "path": ["settings", i, "data_trace_enabled"]} if {
	input.type == "aws_api_gateway_method_settings"
	some i, settings in input.attributes.settings
	settings.data_trace_enabled == true
	msg := sprintf("API Gateway method settings %s log full request and response bodies", [input.key])
}

deny contains {"msg": msg, "path": [block, i, "data_trace_enabled"]} if {
	input.type == "aws_apigatewayv2_stage"
	some [block, i, settings] in route_settings
	settings.data_trace_enabled == true
	msg := sprintf("API Gateway stage %s logs full message bodies", [input.key])
}

# Both block lists are named outright so that the engine knows exactly what this rule reads.
route_settings contains ["default_route_settings", i, s] if some i, s in input.attributes.default_route_settings

route_settings contains ["route_settings", i, s] if some i, s in input.attributes.route_settings
