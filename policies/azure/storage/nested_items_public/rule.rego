# METADATA
# title: Storage account lets containers be made public
# description: >-
#   While allow_nested_items_to_be_public is true (the provider's default) any container in
#   the account can be switched to anonymous read access by whoever can change it, and its
#   blobs are then readable by anyone on the internet. File-only (FileStorage) accounts have
#   no blob containers and are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-003
#   severity: high
#   types: [azurerm_storage_account]
#   remediation: >-
#     Set allow_nested_items_to_be_public = false; serve public content through a CDN or SAS
#     tokens with short expiry instead.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.storage.nested_items_public

import rego.v1

deny contains {"msg": msg, "path": ["allow_nested_items_to_be_public"]} if {
	account_kind in {"StorageV2", "Storage", "BlobStorage", "BlockBlobStorage"}
	allow_nested_items_to_be_public == true
	msg := sprintf("storage account %s allows its containers to be made publicly readable", [input.key])
}

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind

# Absent means the provider's default.
default allow_nested_items_to_be_public := true

allow_nested_items_to_be_public := input.attributes.allow_nested_items_to_be_public
