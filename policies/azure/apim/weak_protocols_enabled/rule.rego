# METADATA
# title: API Management accepts SSL 3.0, TLS 1.0/1.1 or 3DES
# description: >-
#   The security block can re-enable SSL 3.0, TLS 1.0 and 1.1 and the 3DES cipher on the
#   gateway's client side (frontend) or towards backends. All are off unless set; each one
#   turned on lets traffic be negotiated down to a broken protocol or cipher. Both the v4
#   names (frontend_tls10_enabled, …) and the v3 names (enable_frontend_tls10, …) are read.
# custom:
#   id: PLB-AZURE-APIM-001
#   severity: medium
#   types: [azurerm_api_management]
#   remediation: >-
#     Set the security block's SSL 3.0, TLS 1.0/1.1 and triple-DES settings to false (or
#     remove them).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.apim.weak_protocols_enabled

import rego.v1

weak := {"backend_ssl30_enabled", "backend_tls10_enabled", "backend_tls11_enabled", "frontend_ssl30_enabled", "frontend_tls10_enabled", "frontend_tls11_enabled", "triple_des_ciphers_enabled", "enable_backend_ssl30", "enable_backend_tls10", "enable_backend_tls11", "enable_frontend_ssl30", "enable_frontend_tls10", "enable_frontend_tls11", "enable_triple_des_ciphers"}

deny contains {"msg": msg, "path": ["security", i, attr]} if {
	some i, s in input.attributes.security
	some attr in weak
	s[attr] == true
	msg := sprintf("API Management %s enables %s", [input.key, attr])
}
