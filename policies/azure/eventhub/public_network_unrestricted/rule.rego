# METADATA
# title: Event Hubs namespace accepts connections from every network
# description: >-
#   With public network access on (public_network_access_enabled defaults to true) and no
#   network rule set whose default action is Deny, the namespace answers every address, so a
#   leaked connection string works from anywhere.
# custom:
#   id: PLB-AZURE-EVENTHUB-002
#   severity: medium
#   types: [azurerm_eventhub_namespace]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints, or add
#     network_rulesets { default_action = "Deny" } with the allowed ip_rule and subnet
#     entries.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.eventhub.public_network_unrestricted

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	not denies_by_default
	msg := sprintf("Event Hubs namespace %s accepts connections from every network", [input.key])
}

denies_by_default if {
	some rs in input.attributes.network_rulesets
	rs.default_action != "Allow"
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
