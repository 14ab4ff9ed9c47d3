# METADATA
# title: API Gateway method can be called without any authorization
# description: >-
#   A method with authorization = "NONE" and no API key requirement answers anyone on the
#   internet who knows the URL. Unless the method is meant to be public, its backend is
#   exposed to unauthenticated callers.
# custom:
#   id: PLB-AWS-APIGW-006
#   severity: medium
#   types: [aws_api_gateway_method]
#   remediation: >-
#     Set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" (with authorizer_id);
#     for a deliberately public method, document it and suppress this finding.
#   controls:
#     nist-800-53: ["AC-3", "IA-2"]
#     pci-dss: ["7.2.1", "8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5", "A.5.15"]
package plumb.rules.aws.apigateway.method_without_authorization

import rego.v1

# CORS preflight (OPTIONS) requests never carry credentials.
deny contains {"msg": msg, "path": ["authorization"]} if {
	input.attributes.authorization == "NONE"
	is_string(input.attributes.http_method)
	input.attributes.http_method != "OPTIONS"
	not input.attributes.api_key_required == true
	msg := sprintf("API Gateway method %s can be called without authorization", [input.key])
}
