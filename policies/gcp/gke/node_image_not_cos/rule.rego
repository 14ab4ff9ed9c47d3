# METADATA
# title: GKE nodes do not run Container-Optimized OS
# description: >-
#   Container-Optimized OS has a read-only root filesystem, a minimal package set and
#   automatic updates, and is the image GKE hardens and patches first. Ubuntu and Windows node
#   images carry more software to attack and to keep patched. Nodes run Container-Optimized
#   OS when image_type is not written.
# custom:
#   id: PLB-GCP-GKE-014
#   severity: low
#   types: [google_container_cluster, google_container_node_pool]
#   remediation: >-
#     Remove image_type from node_config, or set it to "COS_CONTAINERD", unless the workload
#     needs another image.
#   controls:
#     nist-800-53: ["CM-7"]
#     soc2: ["CC6.8"]
#     iso-27001: ["A.8.9"]
package plumb.rules.gcp.gke.node_image_not_cos

import rego.v1

deny contains {"msg": msg, "path": ["node_config", i, "image_type"]} if {
	some i, config in input.attributes.node_config
	not_cos(config.image_type)
	msg := sprintf("%s runs nodes on the %s image, not Container-Optimized OS", [input.key, config.image_type])
}

deny contains {"msg": msg, "path": ["node_pool", k, "node_config", i, "image_type"]} if {
	some k, pool in input.attributes.node_pool
	some i, config in pool.node_config
	not_cos(config.image_type)
	msg := sprintf("%s runs node pool %d on the %s image, not Container-Optimized OS", [input.key, k, config.image_type])
}

not_cos(image) if {
	is_string(image)
	not startswith(upper(image), "COS")
}
