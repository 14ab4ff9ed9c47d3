# METADATA
# title: AKS cluster keeps its local admin account
# description: >-
#   The local cluster-admin kubeconfig bypasses Entra ID entirely: anyone who obtains it (any
#   principal with the List Cluster Admin Credential permission) is cluster administrator
#   with no per-user audit or revocation. It stays enabled unless local_account_disabled =
#   true.
# custom:
#   id: PLB-AZURE-AKS-005
#   severity: medium
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Set local_account_disabled = true once Entra ID integration is configured.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.aks.local_accounts_enabled

import rego.v1

deny contains {"msg": msg, "path": ["local_account_disabled"]} if {
	local_account_disabled == false
	msg := sprintf("AKS cluster %s still allows its local admin account", [input.key])
}

# Absent means the provider's default.
default local_account_disabled := false

local_account_disabled := input.attributes.local_account_disabled
