# METADATA
# title: Key vault can be purged before its retention period ends
# description: >-
#   Soft delete keeps a deleted vault and its keys for the retention period, but without
#   purge protection anyone with purge permission can destroy them at once, and with them
#   every piece of data encrypted under those keys. purge_protection_enabled defaults to
#   false.
# custom:
#   id: PLB-AZURE-KEYVAULT-001
#   severity: medium
#   types: [azurerm_key_vault]
#   remediation: >-
#     Set purge_protection_enabled = true (it cannot be turned off again).
#   controls:
#     nist-800-53: ["CP-9", "SI-7"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.keyvault.purge_protection_disabled

import rego.v1

deny contains {"msg": msg, "path": ["purge_protection_enabled"]} if {
	purge_protection_enabled == false
	msg := sprintf("key vault %s does not enable purge protection", [input.key])
}

# Absent means the provider's default.
default purge_protection_enabled := false

purge_protection_enabled := input.attributes.purge_protection_enabled
