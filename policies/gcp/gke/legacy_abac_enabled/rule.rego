# METADATA
# title: GKE cluster enables legacy ABAC authorization
# description: >-
#   Legacy attribute-based access control grants broad, static permissions that Kubernetes
#   RBAC cannot narrow: with it on, service accounts and users can hold rights no Role or
#   RoleBinding shows.
# custom:
#   id: PLB-GCP-GKE-001
#   severity: high
#   types: [google_container_cluster]
#   remediation: Remove enable_legacy_abac (it defaults to false) and grant access with RBAC.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.gcp.gke.legacy_abac_enabled

import rego.v1

deny contains {"msg": msg, "path": ["enable_legacy_abac"]} if {
	input.attributes.enable_legacy_abac == true
	msg := sprintf("cluster %s enables legacy ABAC authorization", [input.key])
}
