# METADATA
# title: App Service app allows cross-origin requests from any site
# description: >-
#   A CORS allowed_origins list containing "*" lets scripts on any website call the app from
#   a visitor's browser and read the responses, which exposes whatever the visitor can see to
#   every page they open.
# custom:
#   id: PLB-AZURE-APPSVC-007
#   severity: medium
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     List the specific origins that need access in site_config.cors.allowed_origins instead
#     of "*".
#   controls:
#     nist-800-53: ["AC-4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.26"]
package plumb.rules.azure.appservice.cors_allows_any_origin

import rego.v1

deny contains {"msg": msg, "path": ["site_config", i, "cors", j, "allowed_origins", k]} if {
	some i, sc in input.attributes.site_config
	some j, cors in sc.cors
	some k, origin in cors.allowed_origins
	origin == "*"
	msg := sprintf("App Service app %s allows cross-origin requests from any origin", [input.key])
}
