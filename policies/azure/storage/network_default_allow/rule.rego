# METADATA
# title: Storage account accepts connections from every network
# description: >-
#   Without network rules whose default action is Deny, the account's endpoints answer any
#   address on the internet, so a leaked key or SAS token is usable from anywhere. The rules
#   may be written inline (network_rules) or as a separate
#   azurerm_storage_account_network_rules resource; an account with
#   public_network_access_enabled = false is reachable only through private endpoints and
#   passes. A network rules resource whose account is not in the scan is judged on its own.
# custom:
#   id: PLB-AZURE-STORAGE-004
#   severity: medium
#   types: [azurerm_storage_account, azurerm_storage_account_network_rules]
#   remediation: >-
#     Add network_rules (or azurerm_storage_account_network_rules) with default_action =
#     "Deny", the subnets and address ranges that need access, and bypass = ["AzureServices"]
#     if trusted Azure services must reach the account; or set public_network_access_enabled
#     = false and use private endpoints.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.storage.network_default_allow

import rego.v1

deny contains {"msg": msg, "path": ["network_rules", 0, "default_action"]} if {
	public
	input.attributes.network_rules[0].default_action == "Allow"
	msg := sprintf("storage account %s allows connections from every network by default", [input.key])
}

deny contains {"msg": msg, "path": ["default_action"]} if {
	input.type == "azurerm_storage_account_network_rules"
	input.attributes.default_action == "Allow"
	msg := sprintf("storage account network rules %s allow connections from every network by default", [input.key])
}

deny contains {"msg": msg, "path": ["network_rules"]} if {
	input.type == "azurerm_storage_account"
	public
	not input.attributes.network_rules[0].default_action
	msg := sprintf("storage account %s has no network rules: every network can reach it", [input.key])
}

public if public_network_access_enabled == true

# Absent means the provider's default.
default public_network_access_enabled := true

public_network_access_enabled := input.attributes.public_network_access_enabled
