# METADATA
# title: Application Gateway WAF only logs attacks
# description: >-
#   In Detection mode, or with its policy disabled, the WAF records malicious requests but
#   lets them through to the application. This covers the gateway's inline waf_configuration
#   and azurerm_web_application_firewall_policy (policy_settings mode defaults to Prevention
#   and enabled to true).
# custom:
#   id: PLB-AZURE-APPGW-002
#   severity: medium
#   types: [azurerm_application_gateway, azurerm_web_application_firewall_policy]
#   remediation: >-
#     Set firewall_mode / policy_settings.mode = "Prevention" and enabled = true once the
#     rules are tuned.
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.appgw.waf_detection_only

import rego.v1

deny contains {"msg": msg, "path": ["waf_configuration", i, "firewall_mode"]} if {
	some i, w in input.attributes.waf_configuration
	w.enabled == true
	w.firewall_mode == "Detection"
	msg := sprintf("Application Gateway %s runs its WAF in Detection mode: attacks are logged, not blocked", [input.key])
}

deny contains {"msg": msg, "path": ["policy_settings", i, "mode"]} if {
	some i, s in input.attributes.policy_settings
	s.mode == "Detection"
	msg := sprintf("WAF policy %s is in Detection mode: attacks are logged, not blocked", [input.key])
}

deny contains {"msg": msg, "path": ["policy_settings", i, "enabled"]} if {
	some i, s in input.attributes.policy_settings
	s.enabled == false
	msg := sprintf("WAF policy %s is disabled", [input.key])
}
