# METADATA
# title: Service Bus namespace accepts shared access signature keys
# description: >-
#   SAS keys and connection strings are shared secrets that do not expire and cannot be tied
#   to a person or workload. With local_auth_enabled = false (default true) only Microsoft
#   Entra identities with data-plane roles can send or receive.
# custom:
#   id: PLB-AZURE-SERVICEBUS-003
#   severity: low
#   types: [azurerm_servicebus_namespace]
#   remediation: >-
#     Set local_auth_enabled = false after moving clients to Entra ID authentication.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.servicebus.local_auth_enabled

import rego.v1

deny contains {"msg": msg, "path": ["local_auth_enabled"]} if {
	local_auth_enabled == true
	msg := sprintf("Service Bus namespace %s accepts SAS key authentication", [input.key])
}

# Absent means the provider's default.
default local_auth_enabled := true

local_auth_enabled := input.attributes.local_auth_enabled
