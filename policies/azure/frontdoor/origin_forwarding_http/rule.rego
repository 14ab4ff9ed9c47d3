# METADATA
# title: Front Door route forwards requests to origins over plain HTTP
# description: >-
#   With forwarding_protocol = "HttpOnly" Front Door decrypts client traffic and sends it on
#   to the origin unencrypted across the internet, even when the client used HTTPS. The
#   default, MatchRequest, forwards HTTPS requests over HTTPS.
# custom:
#   id: PLB-AZURE-FRONTDOOR-003
#   severity: medium
#   types: [azurerm_cdn_frontdoor_route]
#   remediation: >-
#     Set forwarding_protocol = "HttpsOnly" and serve TLS on the origin.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.frontdoor.origin_forwarding_http

import rego.v1

deny contains {"msg": msg, "path": ["forwarding_protocol"]} if {
	input.attributes.forwarding_protocol == "HttpOnly"
	msg := sprintf("Front Door route %s forwards requests to its origins over plain HTTP", [input.key])
}
