# METADATA
# title: HTTP API route can be called without any authorization
# description: >-
#   An API Gateway v2 route whose authorization_type is "NONE" (the default) answers anyone on
#   the internet who knows the URL. Unless the route is meant to be public, its integration is
#   exposed to unauthenticated callers.
# custom:
#   id: PLB-AWS-APIGW-008
#   severity: medium
#   types: [aws_apigatewayv2_route]
#   remediation: >-
#     Set authorization_type to "JWT", "AWS_IAM" or "CUSTOM" with an authorizer_id; for a
#     deliberately public route, document it and suppress this finding.
#   controls:
#     nist-800-53: ["AC-3", "IA-2"]
#     pci-dss: ["7.2.1", "8.2.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5", "A.5.15"]
package plumb.rules.aws.apigateway.http_route_without_authorization

import rego.v1

# Only HTTP API routes ("GET /orders", "ANY /{proxy+}") are judged: WebSocket routes other
# than $connect cannot have an authorizer, and "$default" may belong to either kind of API.
# CORS preflight (OPTIONS) requests never carry credentials.
http_route if {
	is_string(input.attributes.route_key)
	regex.match(`^[A-Z]+ /`, input.attributes.route_key)
	not startswith(input.attributes.route_key, "OPTIONS ")
}

deny contains {"msg": msg, "path": ["authorization_type"]} if {
	http_route
	not has_authorization_type
	msg := sprintf("route %s (%s) can be called without authorization (authorization_type defaults to NONE)", [input.key, input.attributes.route_key])
}

deny contains {"msg": msg, "path": ["authorization_type"]} if {
	http_route
	input.attributes.authorization_type == "NONE"
	msg := sprintf("route %s (%s) can be called without authorization", [input.key, input.attributes.route_key])
}

has_authorization_type if _ = input.attributes.authorization_type
