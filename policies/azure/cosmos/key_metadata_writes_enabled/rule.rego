# METADATA
# title: Cosmos DB account keys can change databases and containers
# description: >-
#   While access_key_metadata_writes_enabled is true (the default) anyone holding an account
#   key can create, delete or reconfigure databases, containers and throughput, not just read
#   and write data. Turning it off leaves those changes to Azure Resource Manager, where RBAC
#   and the activity log apply.
# custom:
#   id: PLB-AZURE-COSMOS-002
#   severity: medium
#   types: [azurerm_cosmosdb_account]
#   remediation: >-
#     Set access_key_metadata_writes_enabled = false and manage databases and containers
#     through Terraform/ARM.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.azure.cosmos.key_metadata_writes_enabled

import rego.v1

deny contains {"msg": msg, "path": ["access_key_metadata_writes_enabled"]} if {
	access_key_metadata_writes_enabled == true
	msg := sprintf("Cosmos DB account %s lets account keys change databases and containers", [input.key])
}

# Absent means the provider's default.
default access_key_metadata_writes_enabled := true

access_key_metadata_writes_enabled := input.attributes.access_key_metadata_writes_enabled
