# METADATA
# title: Key vault key is not rotated automatically
# description: >-
#   Manual rotation is the step that gets skipped. A rotation_policy with an automatic block
#   has Key Vault create a new key version on schedule, and services that reference the
#   version-less key id pick it up.
# custom:
#   id: PLB-AZURE-KEYVAULT-007
#   severity: low
#   types: [azurerm_key_vault_key]
#   remediation: >-
#     Add rotation_policy { automatic { time_after_creation = "P90D" } expire_after = "P180D"
#     } (or time_before_expiry).
#   controls:
#     nist-800-53: ["SC-12"]
#     pci-dss: ["3.7.4"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.keyvault.key_rotation_not_automatic

import rego.v1

deny contains {"msg": msg, "path": ["rotation_policy", 0, "automatic"]} if {
	not automatic
	msg := sprintf("key vault key %s has no automatic rotation policy", [input.key])
}

automatic if {
	some p in input.attributes.rotation_policy
	count(p.automatic) > 0
}
