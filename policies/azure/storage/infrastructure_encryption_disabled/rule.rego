# METADATA
# title: Storage account does not double-encrypt data at rest
# description: >-
#   Infrastructure encryption adds a second, independent layer of AES-256 encryption below
#   the service-level one, so a flaw in one layer's keys or implementation does not expose
#   the data. It can only be chosen when the account is created and is off by default
#   (infrastructure_encryption_enabled = false). Account kinds that cannot use it (Storage,
#   BlobStorage) are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-005
#   severity: low
#   types: [azurerm_storage_account]
#   remediation: >-
#     Create the account with infrastructure_encryption_enabled = true (this forces a new
#     account; migrate the data).
#   controls:
#     nist-800-53: ["SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.azure.storage.infrastructure_encryption_disabled

import rego.v1

deny contains {"msg": msg, "path": ["infrastructure_encryption_enabled"]} if {
	account_kind in {"StorageV2", "BlockBlobStorage", "FileStorage"}
	infrastructure_encryption_enabled == false
	msg := sprintf("storage account %s does not enable infrastructure (double) encryption", [input.key])
}

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind

# Absent means the provider's default.
default infrastructure_encryption_enabled := false

infrastructure_encryption_enabled := input.attributes.infrastructure_encryption_enabled
