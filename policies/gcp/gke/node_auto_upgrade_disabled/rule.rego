# METADATA
# title: GKE node pool turns node auto-upgrade off
# description: >-
#   Auto-upgrade keeps node versions in step with the control plane and brings security
#   patches for the kubelet, container runtime and node image. Node pools have it on by
#   default; auto_upgrade = false leaves nodes on whatever version they started with.
# custom:
#   id: PLB-GCP-GKE-010
#   severity: medium
#   types: [google_container_node_pool, google_container_cluster]
#   remediation: Remove auto_upgrade = false from the node pool's management block (the default is true).
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.gcp.gke.node_auto_upgrade_disabled

import rego.v1

# A google_container_node_pool.
deny contains {"msg": msg, "path": ["management", i, "auto_upgrade"]} if {
	some i, management in input.attributes.management
	management.auto_upgrade == false
	msg := sprintf("node pool %s turns auto-upgrade off", [input.key])
}

# A node pool declared inline in the cluster.
deny contains {"msg": msg, "path": ["node_pool", k, "management", i, "auto_upgrade"]} if {
	some k, pool in input.attributes.node_pool
	some i, management in pool.management
	management.auto_upgrade == false
	msg := sprintf("cluster %s turns auto-upgrade off on node pool %d", [input.key, k])
}
