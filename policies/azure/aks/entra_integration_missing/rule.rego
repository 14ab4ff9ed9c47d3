# METADATA
# title: AKS cluster does not use Microsoft Entra ID for user access
# description: >-
#   Without azure_active_directory_role_based_access_control users reach the API server with
#   certificates from the cluster's own admin or user kubeconfig, which cannot be revoked one
#   by one, carry no MFA or conditional access, and leave no per-person audit trail.
# custom:
#   id: PLB-AZURE-AKS-002
#   severity: medium
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Add an azure_active_directory_role_based_access_control block with
#     admin_group_object_ids (and azure_rbac_enabled = true to manage access with Azure role
#     assignments).
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     pci-dss: ["8.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.16", "A.8.5"]
package plumb.rules.azure.aks.entra_integration_missing

import rego.v1

deny contains {"msg": msg, "path": ["azure_active_directory_role_based_access_control"]} if {
	not input.attributes.azure_active_directory_role_based_access_control
	msg := sprintf("AKS cluster %s is not integrated with Microsoft Entra ID", [input.key])
}
