# METADATA
# title: Storage account does not keep previous versions of blobs
# description: >-
#   Blob versioning keeps every overwritten or deleted version, so data changed by mistake or
#   by an attacker can be restored. It is off unless blob_properties sets versioning_enabled
#   = true. Accounts without blob service, v1 accounts and accounts with a hierarchical
#   namespace (Data Lake Gen2, is_hns_enabled = true), where the provider does not offer it,
#   are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-008
#   severity: low
#   types: [azurerm_storage_account]
#   remediation: >-
#     Set blob_properties { versioning_enabled = true } and a lifecycle rule that removes old
#     versions.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.storage.blob_versioning_disabled

import rego.v1

deny contains {"msg": msg, "path": ["blob_properties", 0, "versioning_enabled"]} if {
	blob_kind
	is_hns_enabled == false
	versioning_enabled == false
	msg := sprintf("storage account %s does not enable blob versioning", [input.key])
}

default versioning_enabled := false

versioning_enabled := input.attributes.blob_properties[0].versioning_enabled

blob_kind if account_kind in {"StorageV2", "BlobStorage", "BlockBlobStorage"}

# Absent means the provider's default.
default is_hns_enabled := false

is_hns_enabled := input.attributes.is_hns_enabled

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind
