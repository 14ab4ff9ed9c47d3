# METADATA
# title: Storage account does not keep deleted blobs
# description: >-
#   Without blob soft delete a deleted or overwritten blob is gone at once, whether by
#   mistake, by a compromised client or by ransomware. The provider turns it off unless
#   blob_properties has a delete_retention_policy block. Accounts without blob service
#   (FileStorage) and v1 accounts (Storage), which cannot set it, are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-007
#   severity: medium
#   types: [azurerm_storage_account]
#   remediation: >-
#     Add blob_properties { delete_retention_policy { days = 7 } } (or longer) to the
#     account.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.storage.blob_soft_delete_disabled

import rego.v1

deny contains {"msg": msg, "path": ["blob_properties", 0, "delete_retention_policy"]} if {
	blob_kind
	not has_policy
	msg := sprintf("storage account %s does not enable soft delete for blobs", [input.key])
}

has_policy if {
	some bp in input.attributes.blob_properties
	count(bp.delete_retention_policy) > 0
}

blob_kind if account_kind in {"StorageV2", "BlobStorage", "BlockBlobStorage"}

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind
