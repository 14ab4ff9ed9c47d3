# METADATA
# title: Activity log profile keeps records for less than a year
# description: >-
#   A log profile (provider v3; the resource was removed in v4 in favour of diagnostic
#   settings) that deletes activity log records after fewer than 365 days leaves no trace of
#   older changes when a long-running intrusion is found. 0 days, or a disabled retention
#   policy, keeps them indefinitely. The minimum is a parameter.
# custom:
#   id: PLB-AZURE-MONITOR-002
#   severity: low
#   types: [azurerm_monitor_log_profile]
#   remediation: >-
#     Set retention_policy { enabled = true, days = 365 } (or 0 to keep them forever), or
#     replace the profile with a subscription diagnostic setting.
#   parameters:
#     minimum_days: 365
#   controls:
#     nist-800-53: ["AU-11"]
#     pci-dss: ["10.5.1"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.monitor.log_profile_retention_short

import rego.v1

default minimum_days := 365

minimum_days := d if {
	d := data.plumb.params["PLB-AZURE-MONITOR-002"].minimum_days
	is_number(d)
}

deny contains {"msg": msg, "path": ["retention_policy", 0, "days"]} if {
	p := input.attributes.retention_policy[0]
	p.enabled == true
	is_number(p.days)
	p.days > 0
	p.days < minimum_days
	msg := sprintf("log profile %s keeps activity logs for %d days; keep them at least %d", [input.key, p.days, minimum_days])
}
