# METADATA
# title: Managed disk can be exported from any network
# description: >-
#   With network_access_policy = "AllowAll" (the default) and public network access on (the
#   default) anyone holding a SAS URI for the disk can download or upload its full contents
#   from anywhere on the internet. "DenyAll" blocks export; "AllowPrivate" restricts it to a
#   disk access resource's private endpoints.
# custom:
#   id: PLB-AZURE-DISK-002
#   severity: medium
#   types: [azurerm_managed_disk]
#   remediation: >-
#     Set network_access_policy = "DenyAll", or "AllowPrivate" with disk_access_id, and
#     public_network_access_enabled = false.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.disk.public_network_access

import rego.v1

deny contains {"msg": msg, "path": ["network_access_policy"]} if {
	network_access_policy == "AllowAll"
	public_network_access_enabled == true
	msg := sprintf("managed disk %s can be exported through a SAS URI from any network", [input.key])
}

# Absent means the provider's default.
default network_access_policy := "AllowAll"

network_access_policy := input.attributes.network_access_policy

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
