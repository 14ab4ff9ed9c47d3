# METADATA
# title: Storage account accepts Shared Key authorization
# description: >-
#   An account key grants full control of all data in the account, never expires and is not
#   tied to an identity, so its use cannot be attributed or scoped. Shared Key access stays
#   on unless shared_access_key_enabled = false, which leaves Microsoft Entra ID (with RBAC)
#   as the only way in.
# custom:
#   id: PLB-AZURE-STORAGE-006
#   severity: medium
#   types: [azurerm_storage_account]
#   remediation: >-
#     Set shared_access_key_enabled = false after moving clients to Entra ID authentication
#     (and storage_use_azuread = true in the provider block so Terraform itself does too).
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.storage.shared_key_access_enabled

import rego.v1

deny contains {"msg": msg, "path": ["shared_access_key_enabled"]} if {
	shared_access_key_enabled == true
	msg := sprintf("storage account %s accepts Shared Key (account key) authorization", [input.key])
}

# Absent means the provider's default.
default shared_access_key_enabled := true

shared_access_key_enabled := input.attributes.shared_access_key_enabled
