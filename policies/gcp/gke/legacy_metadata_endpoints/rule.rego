# METADATA
# title: GKE nodes serve the legacy metadata endpoints
# description: >-
#   With disable-legacy-endpoints set to false, the node metadata server answers the v0.1 and
#   v1beta1 endpoints, which need no Metadata-Flavor header, so a server-side request forgery
#   in any pod can read the node's credentials and kube-env. GKE disables them by default.
# custom:
#   id: PLB-GCP-GKE-008
#   severity: high
#   types: [google_container_cluster, google_container_node_pool]
#   remediation: >-
#     Remove disable-legacy-endpoints from node_config.metadata (or set it to "true").
#   controls:
#     nist-800-53: ["CM-7", "AC-6"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.gke.legacy_metadata_endpoints

import rego.v1

import data.plumb.lib.gcp

# node_config of the cluster's default pool or of a google_container_node_pool.
deny contains {"msg": msg, "path": ["node_config", i, "metadata", "disable-legacy-endpoints"]} if {
	some i, config in input.attributes.node_config
	gcp.falsy(config.metadata["disable-legacy-endpoints"])
	msg := sprintf("%s serves the legacy metadata endpoints on its nodes", [input.key])
}

# A node pool declared inline in the cluster.
deny contains {"msg": msg, "path": ["node_pool", k, "node_config", i, "metadata", "disable-legacy-endpoints"]} if {
	some k, pool in input.attributes.node_pool
	some i, config in pool.node_config
	gcp.falsy(config.metadata["disable-legacy-endpoints"])
	msg := sprintf("%s serves the legacy metadata endpoints on node pool %d", [input.key, k])
}
