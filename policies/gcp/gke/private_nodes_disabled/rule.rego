# METADATA
# title: GKE cluster nodes have public IP addresses
# description: >-
#   Unless private_cluster_config enables private nodes, every node gets an external address,
#   so each NodePort and every port the node firewall admits is reachable from the internet,
#   and a node compromise can talk out without passing a NAT.
# custom:
#   id: PLB-GCP-GKE-003
#   severity: medium
#   types: [google_container_cluster]
#   remediation: >-
#     Add private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = ... }
#     and give the nodes outbound access through Cloud NAT.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.gcp.gke.private_nodes_disabled

import rego.v1

deny contains {"msg": msg, "path": ["private_cluster_config"]} if {
	no_private_cluster_config
	msg := sprintf("cluster %s gives its nodes public IP addresses (no private_cluster_config)", [input.key])
}

deny contains {"msg": msg, "path": ["private_cluster_config", i, "enable_private_nodes"]} if {
	some i, config in input.attributes.private_cluster_config
	not config.enable_private_nodes == true
	msg := sprintf("cluster %s gives its nodes public IP addresses", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_private_cluster_config if not input.attributes.private_cluster_config

no_private_cluster_config if input.attributes.private_cluster_config in {[], ""}
