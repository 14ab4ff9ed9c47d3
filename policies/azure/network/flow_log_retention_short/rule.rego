# METADATA
# title: Network Watcher flow log keeps records for less than 90 days
# description: >-
#   Intrusions are often found weeks after they began; flow records deleted sooner cannot
#   show where an attacker came from or what they reached. This rule fires when the retention
#   policy is enabled with fewer days than the minimum (90 by default; 0 days means forever,
#   and a disabled policy deletes nothing). The minimum is a parameter.
# custom:
#   id: PLB-AZURE-NETWORK-008
#   severity: low
#   types: [azurerm_network_watcher_flow_log]
#   remediation: >-
#     Set retention_policy { enabled = true, days = 90 } or more, or export the logs to a
#     workspace that keeps them.
#   parameters:
#     minimum_days: 90
#   controls:
#     nist-800-53: ["AU-11"]
#     pci-dss: ["10.5.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.network.flow_log_retention_short

import rego.v1

default minimum_days := 90

minimum_days := d if {
	d := data.plumb.params["PLB-AZURE-NETWORK-008"].minimum_days
	is_number(d)
}

deny contains {"msg": msg, "path": ["retention_policy", 0, "days"]} if {
	policy := input.attributes.retention_policy[0]
	policy.enabled == true
	is_number(policy.days)
	policy.days > 0
	policy.days < minimum_days
	msg := sprintf("flow log %s keeps records for %d days; keep them at least %d", [input.key, policy.days, minimum_days])
}
