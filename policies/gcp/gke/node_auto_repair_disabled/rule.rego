# METADATA
# title: GKE node pool turns node auto-repair off
# description: >-
#   Auto-repair recreates nodes that fail their health checks. Without it, a node that
#   breaks (or is broken) stays in the pool until someone notices, running whatever state it
#   reached. Node pools have auto-repair on by default; auto_repair = false turns it off.
# custom:
#   id: PLB-GCP-GKE-009
#   severity: medium
#   types: [google_container_node_pool, google_container_cluster]
#   remediation: Remove auto_repair = false from the node pool's management block (the default is true).
#   controls:
#     nist-800-53: ["SI-2", "CP-10"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.14"]
package plumb.rules.gcp.gke.node_auto_repair_disabled

import rego.v1

# A google_container_node_pool.
deny contains {"msg": msg, "path": ["management", i, "auto_repair"]} if {
	some i, management in input.attributes.management
	management.auto_repair == false
	msg := sprintf("node pool %s turns auto-repair off", [input.key])
}

# A node pool declared inline in the cluster.
deny contains {"msg": msg, "path": ["node_pool", k, "management", i, "auto_repair"]} if {
	some k, pool in input.attributes.node_pool
	some i, management in pool.management
	management.auto_repair == false
	msg := sprintf("cluster %s turns auto-repair off on node pool %d", [input.key, k])
}
