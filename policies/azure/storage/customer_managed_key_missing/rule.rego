# METADATA
# title: Storage account is not encrypted with a customer-managed key
# description: >-
#   Data is always encrypted with Microsoft-managed keys; a customer-managed key in Key Vault
#   lets the organisation rotate it, audit its use and revoke access to the data by disabling
#   it. The key may be set inline (customer_managed_key) or with a separate
#   azurerm_storage_account_customer_managed_key resource. Account kinds that cannot use one
#   (Storage, BlobStorage) are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-012
#   severity: low
#   types: [azurerm_storage_account]
#   remediation: >-
#     Give the account a user-assigned identity with access to a Key Vault key and add a
#     customer_managed_key block (or an azurerm_storage_account_customer_managed_key
#     resource).
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.storage.customer_managed_key_missing

import rego.v1

deny contains {"msg": msg, "path": ["customer_managed_key"]} if {
	account_kind in {"StorageV2", "BlockBlobStorage", "FileStorage"}
	not input.attributes.customer_managed_key
	msg := sprintf("storage account %s is encrypted with Microsoft-managed keys only", [input.key])
}

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind
