# METADATA
# title: AKS cluster has no network policy engine
# description: >-
#   Without network_profile.network_policy (azure, calico or cilium) Kubernetes NetworkPolicy
#   objects are accepted but not enforced, so every pod can reach every other pod and a
#   single compromised workload can move laterally through the cluster.
# custom:
#   id: PLB-AZURE-AKS-004
#   severity: medium
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Set network_profile { network_policy = "azure" } (or calico or cilium) and write
#     NetworkPolicies for each namespace.
#   controls:
#     nist-800-53: ["SC-7", "AC-4"]
#     pci-dss: ["1.2.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.azure.aks.network_policy_missing

import rego.v1

deny contains {"msg": msg, "path": ["network_profile", 0, "network_policy"]} if {
	not enforced
	msg := sprintf("AKS cluster %s does not enforce Kubernetes network policies", [input.key])
}

enforced if {
	some p in input.attributes.network_profile
	p.network_policy
}
