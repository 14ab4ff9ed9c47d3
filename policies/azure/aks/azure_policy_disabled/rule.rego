# METADATA
# title: AKS cluster does not run the Azure Policy add-on
# description: >-
#   The Azure Policy add-on (Gatekeeper) enforces and reports organisation-wide rules on what
#   may run in the cluster: privileged pods, host paths, allowed registries.
#   azure_policy_enabled defaults to false.
# custom:
#   id: PLB-AZURE-AKS-006
#   severity: low
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Set azure_policy_enabled = true and assign the Kubernetes policy initiatives you need.
#   controls:
#     nist-800-53: ["CM-7", "CM-2"]
#     pci-dss: ["2.2.1"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.9"]
package plumb.rules.azure.aks.azure_policy_disabled

import rego.v1

deny contains {"msg": msg, "path": ["azure_policy_enabled"]} if {
	azure_policy_enabled == false
	msg := sprintf("AKS cluster %s does not enable the Azure Policy add-on", [input.key])
}

# Absent means the provider's default.
default azure_policy_enabled := false

azure_policy_enabled := input.attributes.azure_policy_enabled
