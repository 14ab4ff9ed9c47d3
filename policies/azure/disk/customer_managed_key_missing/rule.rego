# METADATA
# title: Managed disk is encrypted with a platform-managed key
# description: >-
#   Managed disks are always encrypted, by default with keys Microsoft manages. A disk
#   encryption set with a customer-managed key in Key Vault lets the organisation rotate and
#   audit the key and make the disk unreadable by revoking it.
# custom:
#   id: PLB-AZURE-DISK-001
#   severity: low
#   types: [azurerm_managed_disk]
#   remediation: >-
#     Create an azurerm_disk_encryption_set backed by a Key Vault key and set
#     disk_encryption_set_id on the disk.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.azure.disk.customer_managed_key_missing

import rego.v1

deny contains {"msg": msg, "path": ["disk_encryption_set_id"]} if {
	not input.attributes.disk_encryption_set_id
	not input.attributes.secure_vm_disk_encryption_set_id
	msg := sprintf("managed disk %s is encrypted with a platform-managed key only", [input.key])
}
