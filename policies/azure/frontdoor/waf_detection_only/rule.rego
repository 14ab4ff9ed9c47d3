# METADATA
# title: Front Door WAF policy only logs attacks
# description: >-
#   A Front Door firewall policy in Detection mode, or with enabled = false, records
#   malicious requests but forwards them to the origins unblocked.
# custom:
#   id: PLB-AZURE-FRONTDOOR-001
#   severity: medium
#   types: [azurerm_cdn_frontdoor_firewall_policy]
#   remediation: >-
#     Set mode = "Prevention" and enabled = true once the rules are tuned.
#   controls:
#     nist-800-53: ["SC-7", "SI-4"]
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.azure.frontdoor.waf_detection_only

import rego.v1

deny contains {"msg": msg, "path": ["mode"]} if {
	input.attributes.mode == "Detection"
	msg := sprintf("Front Door WAF policy %s is in Detection mode: attacks are logged, not blocked", [input.key])
}

deny contains {"msg": msg, "path": ["enabled"]} if {
	input.attributes.enabled == false
	msg := sprintf("Front Door WAF policy %s is disabled", [input.key])
}
