# METADATA
# title: GKE nodes run as the Compute Engine default service account
# description: >-
#   Without node_config.service_account, nodes run as the Compute Engine default service
#   account, which holds the Editor role on the project unless that grant was removed; every
#   pod that can reach the node's credentials can then act as a project editor. Autopilot
#   clusters are not judged.
# custom:
#   id: PLB-GCP-GKE-015
#   severity: medium
#   types: [google_container_cluster, google_container_node_pool]
#   remediation: >-
#     Create a service account with only roles/container.defaultNodeServiceAccount (logging,
#     monitoring, image pulls) and set node_config { service_account = <its email> }.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.gcp.gke.node_default_service_account

import rego.v1

# A node pool resource, or a cluster's own default pool when it keeps one.
deny contains {"msg": msg, "path": ["node_config", i, "service_account"]} if {
	standard
	some i, config in input.attributes.node_config
	default_account(config)
	msg := sprintf("%s runs its nodes as the Compute Engine default service account", [input.key])
}

deny contains {"msg": msg, "path": ["node_config"]} if {
	input.type == "google_container_node_pool"
	no_node_config
	msg := sprintf("%s runs its nodes as the Compute Engine default service account (no node_config)", [input.key])
}

# A Standard cluster that keeps its default node pool and writes no node_config for it.
deny contains {"msg": msg, "path": ["node_config"]} if {
	input.type == "google_container_cluster"
	standard
	no_node_config
	no_node_pool
	not input.attributes.remove_default_node_pool
	msg := sprintf("%s runs its default node pool as the Compute Engine default service account (no node_config)", [input.key])
}

deny contains {"msg": msg, "path": ["node_pool", k, "node_config", i, "service_account"]} if {
	some k, pool in input.attributes.node_pool
	some i, config in pool.node_config
	default_account(config)
	msg := sprintf("%s runs node pool %d as the Compute Engine default service account", [input.key, k])
}

standard if input.type == "google_container_node_pool"

standard if {
	input.type == "google_container_cluster"
	not input.attributes.enable_autopilot
}

default_account(config) if not "service_account" in object.keys(config)

default_account(config) if config.service_account == "default"

default_account(config) if {
	is_string(config.service_account)
	endswith(config.service_account, "-compute@developer.gserviceaccount.com")
}

# Plans and state files report an argument that was not set as [] or "".
no_node_config if not input.attributes.node_config

no_node_config if input.attributes.node_config in {[], ""}

no_node_pool if not input.attributes.node_pool

no_node_pool if input.attributes.node_pool in {[], ""}
