# METADATA
# title: App Service app accepts TLS versions older than 1.2
# description: >-
#   site_config.minimum_tls_version (the app) and scm_minimum_tls_version (the Kudu
#   deployment site) default to 1.2; setting either to 1.0 or 1.1 lets clients negotiate
#   deprecated protocol versions.
# custom:
#   id: PLB-AZURE-APPSVC-002
#   severity: medium
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set minimum_tls_version and scm_minimum_tls_version to "1.2" (or "1.3"), or remove
#     them.
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.appservice.min_tls_below_1_2

import rego.v1

deny contains {"msg": msg, "path": ["site_config", i, attr]} if {
	some i, sc in input.attributes.site_config
	some attr in ["minimum_tls_version", "scm_minimum_tls_version"]
	sc[attr] in {"1.0", "1.1"}
	msg := sprintf("App Service app %s accepts TLS %s (%s)", [input.key, sc[attr], attr])
}
