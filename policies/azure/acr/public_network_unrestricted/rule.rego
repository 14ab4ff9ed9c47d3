# METADATA
# title: Container registry accepts connections from every network
# description: >-
#   With public network access on (the default) and no network rule set denying by default,
#   the registry answers every address, so stolen credentials can pull images (and the
#   secrets baked into them) or push poisoned ones from anywhere.
# custom:
#   id: PLB-AZURE-ACR-002
#   severity: medium
#   types: [azurerm_container_registry]
#   remediation: >-
#     Set public_network_access_enabled = false and use private endpoints, or (Premium) add
#     network_rule_set { default_action = "Deny" } with the allowed ip_rule ranges.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.acr.public_network_unrestricted

import rego.v1

deny contains {"msg": msg, "path": ["public_network_access_enabled"]} if {
	public_network_access_enabled == true
	not denies_by_default
	msg := sprintf("container registry %s accepts connections from every network", [input.key])
}

denies_by_default if {
	some rs in input.attributes.network_rule_set
	rs.default_action != "Allow"
}

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
