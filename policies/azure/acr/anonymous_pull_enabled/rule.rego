# METADATA
# title: Container registry allows anonymous pulls
# description: >-
#   anonymous_pull_enabled = true lets anyone who can reach the registry pull every image
#   without credentials, along with any configuration or secrets the images contain. It
#   defaults to false.
# custom:
#   id: PLB-AZURE-ACR-003
#   severity: high
#   types: [azurerm_container_registry]
#   remediation: >-
#     Set anonymous_pull_enabled = false (or remove it); publish public images to a separate
#     registry.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.acr.anonymous_pull_enabled

import rego.v1

deny contains {"msg": msg, "path": ["anonymous_pull_enabled"]} if {
	input.attributes.anonymous_pull_enabled == true
	msg := sprintf("container registry %s lets anyone pull images without credentials", [input.key])
}
