# METADATA
# title: Event Hubs namespace accepts shared access signature keys
# description: >-
#   SAS keys and connection strings are shared secrets that do not expire and cannot be tied
#   to a person or workload. With local_authentication_enabled = false (default true) only
#   Microsoft Entra identities with data-plane roles can send or receive.
# custom:
#   id: PLB-AZURE-EVENTHUB-003
#   severity: low
#   types: [azurerm_eventhub_namespace]
#   remediation: >-
#     Set local_authentication_enabled = false after moving clients to Entra ID
#     authentication.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.eventhub.local_auth_enabled

import rego.v1

deny contains {"msg": msg, "path": ["local_authentication_enabled"]} if {
	local_authentication_enabled == true
	msg := sprintf("Event Hubs namespace %s accepts SAS key authentication", [input.key])
}

# Absent means the provider's default.
default local_authentication_enabled := true

local_authentication_enabled := input.attributes.local_authentication_enabled
