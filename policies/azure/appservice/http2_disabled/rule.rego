# METADATA
# title: App Service app does not offer HTTP/2
# description: >-
#   HTTP/2 removes head-of-line blocking and, as implemented by App Service, is only offered
#   over TLS, so enabling it also nudges clients to modern TLS. site_config.http2_enabled
#   defaults to false.
# custom:
#   id: PLB-AZURE-APPSVC-008
#   severity: low
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set site_config { http2_enabled = true }.
#   controls:
#     nist-800-53: ["SC-8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.azure.appservice.http2_disabled

import rego.v1

deny contains {"msg": msg, "path": ["site_config", i, "http2_enabled"]} if {
	some i, sc in input.attributes.site_config
	object.get(sc, "http2_enabled", false) == false
	msg := sprintf("App Service app %s does not enable HTTP/2", [input.key])
}
