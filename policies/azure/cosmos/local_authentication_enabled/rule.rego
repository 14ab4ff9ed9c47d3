# METADATA
# title: Cosmos DB account accepts account-key authentication
# description: >-
#   Account keys give full data access, are shared rather than personal and do not expire.
#   With local_authentication_disabled = true (default false) only Microsoft Entra identities
#   with Cosmos DB data-plane roles can reach the data (NoSQL API).
# custom:
#   id: PLB-AZURE-COSMOS-003
#   severity: low
#   types: [azurerm_cosmosdb_account]
#   remediation: >-
#     Set local_authentication_disabled = true after moving clients to Entra ID
#     authentication.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.cosmos.local_authentication_enabled

import rego.v1

deny contains {"msg": msg, "path": ["local_authentication_disabled"]} if {
	local_authentication_disabled == false
	msg := sprintf("Cosmos DB account %s accepts account-key authentication", [input.key])
}

# Absent means the provider's default.
default local_authentication_disabled := false

local_authentication_disabled := input.attributes.local_authentication_disabled
