# METADATA
# title: Storage account does not keep deleted containers
# description: >-
#   Deleting a container deletes every blob in it at once, and blob soft delete does not
#   bring them back. Container soft delete is off unless blob_properties has a
#   container_delete_retention_policy block. Accounts without blob service and v1 accounts
#   are not judged.
# custom:
#   id: PLB-AZURE-STORAGE-009
#   severity: low
#   types: [azurerm_storage_account]
#   remediation: >-
#     Add blob_properties { container_delete_retention_policy { days = 7 } } (or longer).
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.azure.storage.container_soft_delete_disabled

import rego.v1

deny contains {"msg": msg, "path": ["blob_properties", 0, "container_delete_retention_policy"]} if {
	blob_kind
	not has_policy
	msg := sprintf("storage account %s does not enable soft delete for containers", [input.key])
}

has_policy if {
	some bp in input.attributes.blob_properties
	count(bp.container_delete_retention_policy) > 0
}

blob_kind if account_kind in {"StorageV2", "BlobStorage", "BlockBlobStorage"}

# Absent means the provider's default.
default account_kind := "StorageV2"

account_kind := input.attributes.account_kind
