# METADATA
# title: Container registry has its admin user enabled
# description: >-
#   The admin user is one shared username and password with push and pull rights on every
#   repository; it cannot be scoped, is not tied to a person and is often copied into
#   pipelines. admin_enabled defaults to false.
# custom:
#   id: PLB-AZURE-ACR-001
#   severity: high
#   types: [azurerm_container_registry]
#   remediation: >-
#     Set admin_enabled = false and use managed identities, service principals or repository-
#     scoped tokens.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.acr.admin_user_enabled

import rego.v1

deny contains {"msg": msg, "path": ["admin_enabled"]} if {
	input.attributes.admin_enabled == true
	msg := sprintf("container registry %s has its admin user enabled", [input.key])
}
