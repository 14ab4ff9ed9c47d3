# METADATA
# title: App Service app has remote debugging turned on
# description: >-
#   Remote debugging opens extra ports to the app and lets a debugger attach to the running
#   process, inspect memory and change execution; left on in production it is a direct way
#   in. site_config.remote_debugging_enabled defaults to false.
# custom:
#   id: PLB-AZURE-APPSVC-004
#   severity: high
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set remote_debugging_enabled = false (or remove it); enable it only briefly on a non-
#     production slot.
#   controls:
#     nist-800-53: ["CM-7"]
#     pci-dss: ["2.2.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.9"]
package plumb.rules.azure.appservice.remote_debugging_enabled

import rego.v1

deny contains {"msg": msg, "path": ["site_config", i, "remote_debugging_enabled"]} if {
	some i, sc in input.attributes.site_config
	sc.remote_debugging_enabled == true
	msg := sprintf("App Service app %s allows remote debugging", [input.key])
}
