# METADATA
# title: AKS API server is reachable from the whole internet
# description: >-
#   A public cluster with no authorized IP ranges exposes the Kubernetes API server to every
#   address, so stolen credentials or an API server flaw can be used from anywhere. A private
#   cluster (private_cluster_enabled = true) or one that limits
#   api_server_access_profile.authorized_ip_ranges (api_server_authorized_ip_ranges in
#   provider v3) passes.
# custom:
#   id: PLB-AZURE-AKS-003
#   severity: high
#   types: [azurerm_kubernetes_cluster]
#   remediation: >-
#     Set private_cluster_enabled = true, or add api_server_access_profile {
#     authorized_ip_ranges = [...] } with your office, VPN and CI ranges.
#   controls:
#     nist-800-53: ["SC-7", "AC-3"]
#     pci-dss: ["1.3.1", "1.4.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.azure.aks.api_server_unrestricted

import rego.v1

deny contains {"msg": msg, "path": ["api_server_access_profile", 0, "authorized_ip_ranges"]} if {
	private_cluster_enabled == false
	not restricted
	msg := sprintf("AKS cluster %s exposes its API server to every address", [input.key])
}

restricted if {
	some p in input.attributes.api_server_access_profile
	count(p.authorized_ip_ranges) > 0
}

restricted if count(input.attributes.api_server_authorized_ip_ranges) > 0

# Absent means the provider's default.
default private_cluster_enabled := false

private_cluster_enabled := input.attributes.private_cluster_enabled
