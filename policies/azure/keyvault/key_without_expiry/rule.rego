# METADATA
# title: Key vault key has no expiration date
# description: >-
#   A key without expiration_date can be used forever, so a key that leaked or outlived its
#   purpose keeps working. An expiry forces rotation and limits how much data one key
#   protects.
# custom:
#   id: PLB-AZURE-KEYVAULT-005
#   severity: medium
#   types: [azurerm_key_vault_key]
#   remediation: >-
#     Set expiration_date (RFC 3339) on the key, or a rotation_policy with expire_after, and
#     rotate before it passes.
#   controls:
#     nist-800-53: ["SC-12"]
#     pci-dss: ["3.7.4"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.keyvault.key_without_expiry

import rego.v1

deny contains {"msg": msg, "path": ["expiration_date"]} if {
	not input.attributes.expiration_date
	not expires_by_policy
	msg := sprintf("key vault key %s never expires", [input.key])
}

expires_by_policy if {
	some p in input.attributes.rotation_policy
	p.expire_after
}

# A rotation policy that is unknown until apply may set an expiry.
expires_by_policy if {
	p := input.attributes.rotation_policy
	not is_array(p)
}
