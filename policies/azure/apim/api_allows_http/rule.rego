# METADATA
# title: API Management API accepts plain HTTP or WS
# description: >-
#   An API whose protocols include http (or ws) can be called without TLS, exposing
#   subscription keys, tokens and payloads on the network.
# custom:
#   id: PLB-AZURE-APIM-002
#   severity: medium
#   types: [azurerm_api_management_api]
#   remediation: >-
#     Set protocols = ["https"] (and "wss" for WebSocket APIs).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.apim.api_allows_http

import rego.v1

deny contains {"msg": msg, "path": ["protocols", i]} if {
	some i, p in input.attributes.protocols
	p in {"http", "ws"}
	msg := sprintf("API %s accepts %s without TLS", [input.key, p])
}
