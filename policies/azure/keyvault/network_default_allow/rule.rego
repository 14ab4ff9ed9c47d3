# METADATA
# title: Key vault accepts connections from every network
# description: >-
#   Without network_acls whose default_action is Deny, the vault's endpoint answers any
#   address on the internet, and a leaked token or misconfigured access policy can be used
#   from anywhere. A vault with public_network_access_enabled = false (private endpoints
#   only) passes.
# custom:
#   id: PLB-AZURE-KEYVAULT-003
#   severity: medium
#   types: [azurerm_key_vault]
#   remediation: >-
#     Add network_acls { default_action = "Deny", bypass = "AzureServices" } with the
#     ip_rules and virtual_network_subnet_ids that need access, or set
#     public_network_access_enabled = false.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.keyvault.network_default_allow

import rego.v1

deny contains {"msg": msg, "path": ["network_acls", 0, "default_action"]} if {
	public
	input.attributes.network_acls[0].default_action == "Allow"
	msg := sprintf("key vault %s allows connections from every network by default", [input.key])
}

deny contains {"msg": msg, "path": ["network_acls"]} if {
	public
	not input.attributes.network_acls[0].default_action
	msg := sprintf("key vault %s has no network ACLs: every network can reach it", [input.key])
}

public if public_network_access_enabled == true

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
