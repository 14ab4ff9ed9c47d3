# METADATA
# title: Key vault keeps deleted objects for less than 90 days
# description: >-
#   Soft-deleted vaults, keys, secrets and certificates can be recovered only within the
#   retention period. The provider default and the maximum is 90 days; a shorter period
#   leaves less time to notice a malicious or mistaken deletion. The minimum is a parameter.
# custom:
#   id: PLB-AZURE-KEYVAULT-002
#   severity: low
#   types: [azurerm_key_vault]
#   remediation: >-
#     Remove soft_delete_retention_days (90 days) or set it to 90.
#   parameters:
#     minimum_days: 90
#   controls:
#     nist-800-53: ["CP-9", "SI-7"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.keyvault.soft_delete_retention_short

import rego.v1

default minimum_days := 90

minimum_days := d if {
	d := data.plumb.params["PLB-AZURE-KEYVAULT-002"].minimum_days
	is_number(d)
}

deny contains {"msg": msg, "path": ["soft_delete_retention_days"]} if {
	days := input.attributes.soft_delete_retention_days
	is_number(days)
	days < minimum_days
	msg := sprintf("key vault %s keeps deleted objects for %d days; keep them at least %d", [input.key, days, minimum_days])
}
