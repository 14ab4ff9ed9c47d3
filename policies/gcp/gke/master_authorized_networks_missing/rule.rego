# METADATA
# title: GKE control plane accepts connections from any address
# description: >-
#   Without master_authorized_networks_config, the cluster's public control-plane endpoint
#   accepts connections from every address on the internet, leaving only authentication
#   between the Kubernetes API and anyone probing it. Clusters whose endpoint is private are
#   not judged.
# custom:
#   id: PLB-GCP-GKE-002
#   severity: medium
#   types: [google_container_cluster]
#   remediation: >-
#     Add master_authorized_networks_config with cidr_blocks for the networks that administer
#     the cluster, or make the endpoint private (private_cluster_config {
#     enable_private_endpoint = true }).
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.gke.master_authorized_networks_missing

import rego.v1

deny contains {"msg": msg, "path": ["master_authorized_networks_config"]} if {
	no_master_authorized_networks_config
	not private_endpoint
	msg := sprintf("cluster %s does not restrict which networks reach its control plane", [input.key])
}

# An unknown value may be true: not judged.
private_endpoint if {
	some config in input.attributes.private_cluster_config
	v := config.enable_private_endpoint
	v != false
}

# Plans and state files report an argument that was not set as [] or "".
no_master_authorized_networks_config if not input.attributes.master_authorized_networks_config

no_master_authorized_networks_config if input.attributes.master_authorized_networks_config in {[], ""}
