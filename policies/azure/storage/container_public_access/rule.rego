# METADATA
# title: Storage container allows anonymous read access
# description: >-
#   A container whose access type is blob or container can be read by anyone who knows or
#   guesses its URL (container access also lets them list every blob). The provider default
#   is private.
# custom:
#   id: PLB-AZURE-STORAGE-010
#   severity: high
#   types: [azurerm_storage_container]
#   remediation: >-
#     Set container_access_type = "private" (or remove it) and give readers SAS tokens or
#     Entra ID roles; set allow_nested_items_to_be_public = false on the account to prevent
#     it.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.storage.container_public_access

import rego.v1

deny contains {"msg": msg, "path": ["container_access_type"]} if {
	t := input.attributes.container_access_type
	t in {"blob", "container"}
	msg := sprintf("storage container %s allows anonymous %s-level read access", [input.key, t])
}
