# METADATA
# title: API Gateway REST API stage does not use X-Ray tracing
# description: >-
#   Active tracing records each request's path through API Gateway and the services behind it,
#   which is what lets an incident responder follow a suspicious request end to end. It is off
#   unless the stage turns it on.
# custom:
#   id: PLB-AWS-APIGW-002
#   severity: low
#   types: [aws_api_gateway_stage]
#   remediation: Set xray_tracing_enabled = true on the aws_api_gateway_stage.
#   controls:
#     nist-800-53: ["AU-12", "SI-4"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.16"]
#   fix:
#     set: {path: [xray_tracing_enabled], value: true}
package plumb.rules.aws.apigateway.stage_xray_tracing_disabled

import rego.v1

# xray_tracing_enabled defaults to false.
deny contains {"msg": msg, "path": ["xray_tracing_enabled"]} if {
	not input.attributes.xray_tracing_enabled == true
	msg := sprintf("API Gateway stage %s does not trace requests with X-Ray", [input.key])
}
