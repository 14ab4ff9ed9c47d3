# METADATA
# title: AKS cluster has Kubernetes RBAC turned off
# description: >-
#   With role_based_access_control_enabled = false every authenticated user and service
#   account is effectively a cluster administrator; no Role or RoleBinding restricts
#   anything. It defaults to true and cannot be changed without recreating the cluster.
# custom:
#   id: PLB-AZURE-AKS-001
#   severity: high
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Remove role_based_access_control_enabled = false (recreates the cluster) and grant
#     access through Roles and RoleBindings.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.azure.aks.rbac_disabled

import rego.v1

deny contains {"msg": msg, "path": ["role_based_access_control_enabled"]} if {
	input.attributes.role_based_access_control_enabled == false
	msg := sprintf("AKS cluster %s has Kubernetes RBAC disabled", [input.key])
}
