# METADATA
# title: GKE cluster turns Shielded GKE Nodes off
# description: >-
#   Shielded GKE Nodes give each node a verifiable identity, so a stolen node bootstrap
#   credential cannot be used to impersonate a node and read the secrets of the pods on it.
#   They are on by default; enable_shielded_nodes = false turns them off.
# custom:
#   id: PLB-GCP-GKE-006
#   severity: medium
#   types: [google_container_cluster]
#   remediation: Remove enable_shielded_nodes = false (the default is true).
#   controls:
#     nist-800-53: ["SI-7", "IA-3"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.gke.shielded_nodes_disabled

import rego.v1

deny contains {"msg": msg, "path": ["enable_shielded_nodes"]} if {
	input.attributes.enable_shielded_nodes == false
	msg := sprintf("cluster %s turns Shielded GKE Nodes off", [input.key])
}
