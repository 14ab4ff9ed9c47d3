# METADATA
# title: App Service app has no managed identity
# description: >-
#   Without an identity block the app has to reach Key Vault, storage and databases with
#   secrets kept in its settings or connection strings, where they leak through the portal,
#   deployment logs and backups. A managed identity lets Azure issue it tokens instead.
# custom:
#   id: PLB-AZURE-APPSVC-005
#   severity: low
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Add identity { type = "SystemAssigned" } (or a user-assigned identity) and grant it the
#     roles the app needs.
#   controls:
#     nist-800-53: ["IA-5"]
#     pci-dss: ["8.6.2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.17"]
package plumb.rules.azure.appservice.managed_identity_missing

import rego.v1

deny contains {"msg": msg, "path": ["identity"]} if {
	not input.attributes.identity
	msg := sprintf("App Service app %s has no managed identity", [input.key])
}
