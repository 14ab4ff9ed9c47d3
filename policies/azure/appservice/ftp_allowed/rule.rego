# METADATA
# title: App Service app accepts unencrypted FTP deployments
# description: >-
#   With site_config.ftps_state = "AllAllowed" the app's content can be uploaded over plain
#   FTP, sending the deployment credentials and code in clear text. Provider v4 defaults to
#   "Disabled".
# custom:
#   id: PLB-AZURE-APPSVC-003
#   severity: medium
#   types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_linux_web_app_slot, azurerm_windows_web_app_slot, azurerm_linux_function_app_slot, azurerm_windows_function_app_slot]
#   remediation: >-
#     Set ftps_state = "Disabled" (deploy with zip deploy, CI or ACR) or "FtpsOnly".
#   controls:
#     nist-800-53: ["SC-8", "SC-13"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.appservice.ftp_allowed

import rego.v1

deny contains {"msg": msg, "path": ["site_config", i, "ftps_state"]} if {
	some i, sc in input.attributes.site_config
	sc.ftps_state == "AllAllowed"
	msg := sprintf("App Service app %s accepts plain FTP", [input.key])
}
