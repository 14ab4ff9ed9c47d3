# METADATA
# title: Activity log profile does not capture every operation category
# description: >-
#   A log profile (provider v3 only) records the activity log categories it lists. Without
#   Write, Delete and Action, changes, deletions and operations such as key listing or VM
#   restarts are not kept.
# custom:
#   id: PLB-AZURE-MONITOR-003
#   severity: low
#   types: [azurerm_monitor_log_profile]
#   remediation: >-
#     Set categories = ["Action", "Delete", "Write"].
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.azure.monitor.log_profile_categories_missing

import rego.v1

deny contains {"msg": msg, "path": ["categories"]} if {
	cats := {c | some c in input.attributes.categories}
	missing := {"Action", "Delete", "Write"} - cats
	count(missing) > 0
	msg := sprintf("log profile %s does not record the %s categories", [input.key, concat(", ", sort(missing))])
}
