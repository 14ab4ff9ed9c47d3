# METADATA
# title: Front Door route serves plain HTTP without redirecting
# description: >-
#   A route that accepts Http with https_redirect_enabled = false (the default is true)
#   answers requests in clear text instead of sending clients to HTTPS, so cookies and
#   credentials can be read or altered on the way.
# custom:
#   id: PLB-AZURE-FRONTDOOR-002
#   severity: medium
#   types: [azurerm_cdn_frontdoor_route]
#   remediation: >-
#     Set https_redirect_enabled = true (or remove it), or limit supported_protocols to
#     ["Https"].
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.frontdoor.route_serves_http

import rego.v1

deny contains {"msg": msg, "path": ["https_redirect_enabled"]} if {
	input.attributes.https_redirect_enabled == false
	"Http" in supported_protocols
	msg := sprintf("Front Door route %s serves HTTP without redirecting to HTTPS", [input.key])
}

# Absent means the provider's default.
default supported_protocols := ["Http", "Https"]

supported_protocols := input.attributes.supported_protocols
