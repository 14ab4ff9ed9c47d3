# METADATA
# title: AppSync GraphQL API accepts API keys
# description: >-
#   An AppSync API key is a static bearer secret shipped to clients: it identifies no user,
#   cannot be scoped, and anyone who reads it from a web page or mobile app can call the API
#   until it expires.
# custom:
#   id: PLB-AWS-APPSYNC-002
#   severity: medium
#   types: [aws_appsync_graphql_api]
#   remediation: >-
#     Use AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT or AWS_LAMBDA authentication as
#     the default and in additional_authentication_provider instead of API_KEY.
#   controls:
#     nist-800-53: ["IA-2", "IA-5"]
#     pci-dss: ["8.2.1", "8.3.1"]
#     hipaa: ["164.312(d)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17", "A.8.5"]
package plumb.rules.aws.appsync.api_key_authentication

import rego.v1

deny contains {"msg": msg, "path": ["authentication_type"]} if {
	input.attributes.authentication_type == "API_KEY"
	msg := sprintf("AppSync API %s authenticates callers with an API key", [input.key])
}

deny contains {"msg": msg, "path": ["additional_authentication_provider", i, "authentication_type"]} if {
	some i, provider in input.attributes.additional_authentication_provider
	provider.authentication_type == "API_KEY"
	msg := sprintf("AppSync API %s also accepts API keys", [input.key])
}
