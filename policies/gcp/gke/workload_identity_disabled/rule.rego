# METADATA
# title: GKE cluster does not use Workload Identity
# description: >-
#   Without Workload Identity, pods that call Google APIs use the node's service account, so
#   every pod on a node holds the same (often broad) rights, and can read the node's
#   metadata server. Autopilot clusters always use Workload Identity and are not judged.
# custom:
#   id: PLB-GCP-GKE-005
#   severity: medium
#   types: [google_container_cluster]
#   remediation: >-
#     Add workload_identity_config { workload_pool = "<project>.svc.id.goog" } and set
#     workload_metadata_config { mode = "GKE_METADATA" } on the node pools.
#   controls:
#     nist-800-53: ["AC-6", "IA-2"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.gcp.gke.workload_identity_disabled

import rego.v1

deny contains {"msg": msg, "path": ["workload_identity_config"]} if {
	not input.attributes.enable_autopilot
	no_workload_identity_config
	msg := sprintf("cluster %s does not enable Workload Identity", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_workload_identity_config if not input.attributes.workload_identity_config

no_workload_identity_config if input.attributes.workload_identity_config in {[], ""}
