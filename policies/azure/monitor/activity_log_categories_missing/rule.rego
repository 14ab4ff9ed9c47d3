# METADATA
# title: Subscription activity log export leaves out security categories
# description: >-
#   A diagnostic setting on a subscription exports its activity log; if it leaves out the
#   Administrative, Security, Alert or Policy categories, changes to resources and role
#   assignments, Defender alerts or policy denials are lost once the 90-day platform
#   retention passes. Only settings whose target_resource_id is a subscription are judged;
#   the allLogs category group covers every category.
# custom:
#   id: PLB-AZURE-MONITOR-001
#   severity: medium
#   types: [azurerm_monitor_diagnostic_setting]
#   remediation: >-
#     Add enabled_log blocks for Administrative, Security, Alert and Policy (or one with
#     category_group = "allLogs").
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.monitor.activity_log_categories_missing

import rego.v1

required := {"Administrative", "Security", "Alert", "Policy"}

deny contains {"msg": msg, "path": ["enabled_log"]} if {
	target := input.attributes.target_resource_id
	is_string(target)
	regex.match(`^/subscriptions/[^/]+/?$`, target)
	not all_logs
	missing := required - exported
	count(missing) > 0
	msg := sprintf("subscription diagnostic setting %s does not export the %s activity log categories", [input.key, concat(", ", sort(missing))])
}

exported contains l.category if some l in input.attributes.enabled_log

# The deprecated log block (provider v3) counts while it is enabled.
exported contains l.category if {
	some l in input.attributes.log
	object.get(l, "enabled", true) == true
}

all_logs if {
	some l in input.attributes.enabled_log
	l.category_group == "allLogs"
}
