# METADATA
# title: App Service app accepts plain HTTP
# description: >-
#   Unless https_only is true (it defaults to false) the app answers on HTTP as well, so
#   session cookies, tokens and form data can be read or changed on the network, and users
#   following an http:// link are never moved to HTTPS.
# custom:
#   id: PLB-AZURE-APPSVC-001
#   severity: medium
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set https_only = true on the app (and on every deployment slot).
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.appservice.https_only_disabled

import rego.v1

deny contains {"msg": msg, "path": ["https_only"]} if {
	https_only == false
	msg := sprintf("App Service app %s accepts plain HTTP", [input.key])
}

# Absent means the provider's default.
default https_only := false

https_only := input.attributes.https_only
