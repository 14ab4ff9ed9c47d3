# METADATA
# title: Application Gateway does not run a web application firewall
# description: >-
#   An internet-facing Application Gateway on a Standard tier, or on a WAF tier with neither
#   a firewall policy (firewall_policy_id) nor an enabled waf_configuration, forwards SQL
#   injection, cross-site scripting and other OWASP attacks straight to the application.
# custom:
#   id: PLB-AZURE-APPGW-001
#   severity: high
#   types: [azurerm_application_gateway]
#   remediation: >-
#     Use the WAF_v2 tier with firewall_policy_id pointing at an
#     azurerm_web_application_firewall_policy (or waf_configuration { enabled = true }).
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.appgw.waf_missing

import rego.v1

deny contains {"msg": msg, "path": ["sku", i, "tier"]} if {
	some i, sku in input.attributes.sku
	sku.tier in {"Standard", "Standard_v2", "Basic"}
	msg := sprintf("Application Gateway %s uses the %s tier, which has no WAF", [input.key, sku.tier])
}

deny contains {"msg": msg, "path": ["waf_configuration", 0, "enabled"]} if {
	some sku in input.attributes.sku
	sku.tier in {"WAF", "WAF_v2"}
	not input.attributes.firewall_policy_id
	not waf_on
	msg := sprintf("Application Gateway %s has no WAF policy and no enabled WAF configuration", [input.key])
}

waf_on if {
	some w in input.attributes.waf_configuration
	w.enabled != false
}
