# METADATA
# title: App Service app does not require client certificates
# description: >-
#   Mutual TLS makes every caller present a certificate before the app sees its request,
#   which keeps unauthenticated traffic away from internal APIs. client_certificate_enabled
#   defaults to false. Apps serving the public web may rightly leave it off; treat this as a
#   reminder for service-to-service endpoints.
# custom:
#   id: PLB-AZURE-APPSVC-006
#   severity: low
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set client_certificate_enabled = true and client_certificate_mode = "Required", listing
#     public paths in client_certificate_exclusion_paths.
#   controls:
#     nist-800-53: ["IA-3", "IA-2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
package plumb.rules.azure.appservice.client_certificates_disabled

import rego.v1

deny contains {"msg": msg, "path": ["client_certificate_enabled"]} if {
	client_certificate_enabled == false
	msg := sprintf("App Service app %s does not require client certificates", [input.key])
}

# Absent means the provider's default.
default client_certificate_enabled := false

client_certificate_enabled := input.attributes.client_certificate_enabled
