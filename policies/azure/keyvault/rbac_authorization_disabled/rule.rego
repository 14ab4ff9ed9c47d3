# METADATA
# title: Key vault uses access policies instead of Azure RBAC
# description: >-
#   Vault access policies grant a principal rights to every key, secret or certificate in the
#   vault, are managed apart from the rest of the organisation's role assignments, and can be
#   changed by anyone with Contributor on the vault. Azure RBAC gives per-object scope, PIM
#   and one place to review access. It is off unless enable_rbac_authorization (or
#   rbac_authorization_enabled in later v4 releases) is true.
# custom:
#   id: PLB-AZURE-KEYVAULT-004
#   severity: low
#   types: [azurerm_key_vault]
#   remediation: >-
#     Set enable_rbac_authorization = true (rbac_authorization_enabled in newer providers)
#     and grant Key Vault data-plane roles instead of access policies.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.azure.keyvault.rbac_authorization_disabled

import rego.v1

deny contains {"msg": msg, "path": [attr]} if {
	not rbac
	attr := name
	msg := sprintf("key vault %s authorizes data access with access policies rather than Azure RBAC", [input.key])
}

rbac if input.attributes.enable_rbac_authorization == true

rbac if input.attributes.rbac_authorization_enabled == true

# Report at whichever spelling the module wrote, or at the resource when neither.
default name := "enable_rbac_authorization"

name := "rbac_authorization_enabled" if _ := input.attributes.rbac_authorization_enabled
