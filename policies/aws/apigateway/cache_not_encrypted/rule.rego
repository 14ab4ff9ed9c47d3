# METADATA
# title: API Gateway caches responses without encrypting them
# description: >-
#   With caching on and cache_data_encrypted left false, API responses (often personal or
#   account data) are stored unencrypted in the stage's cache cluster.
# custom:
#   id: PLB-AWS-APIGW-003
#   severity: medium
#   types: [aws_api_gateway_method_settings]
#   remediation: Set cache_data_encrypted = true in the settings block wherever caching_enabled = true.
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#   fix:
#     set: {value: true}
package plumb.rules.aws.apigateway.cache_not_encrypted

import rego.v1

# cache_data_encrypted defaults to false.
deny contains {"msg": msg, "path": ["settings", i, "cache_data_encrypted"]} if {
	some i, settings in input.attributes.settings
	settings.caching_enabled == true
	not settings.cache_data_encrypted == true
	msg := sprintf("API Gateway method settings %s cache responses unencrypted", [input.key])
}
