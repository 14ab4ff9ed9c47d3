# METADATA
# title: Key vault secret has no expiration date
# description: >-
#   A secret without expiration_date stays valid in the vault indefinitely, so nothing
#   prompts its rotation and a copy that leaked long ago may still match. An expiry date
#   makes stale secrets visible and lets Event Grid or Defender alert before they lapse.
# custom:
#   id: PLB-AZURE-KEYVAULT-006
#   severity: medium
#   types: [azurerm_key_vault_secret]
#   remediation: >-
#     Set expiration_date (RFC 3339) on the secret and rotate it before that date.
#   controls:
#     nist-800-53: ["SC-12"]
#     pci-dss: ["3.7.4"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.keyvault.secret_without_expiry

import rego.v1

deny contains {"msg": msg, "path": ["expiration_date"]} if {
	not input.attributes.expiration_date
	msg := sprintf("key vault secret %s never expires", [input.key])
}
