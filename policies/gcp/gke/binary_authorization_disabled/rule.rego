# METADATA
# title: GKE cluster does not enforce Binary Authorization
# description: >-
#   Without Binary Authorization, the cluster runs any image anyone with deploy rights points
#   it at, signed or not, from any registry. Binary Authorization checks each image against
#   the project's policy (attestations, trusted registries) before it is admitted.
# custom:
#   id: PLB-GCP-GKE-012
#   severity: low
#   types: [google_container_cluster]
#   remediation: >-
#     Add binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" } and
#     write a google_binary_authorization_policy for the project.
#   controls:
#     nist-800-53: ["CM-7", "SI-7"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.19"]
package plumb.rules.gcp.gke.binary_authorization_disabled

import rego.v1

deny contains {"msg": msg, "path": ["binary_authorization"]} if {
	no_binary_authorization
	not input.attributes.enable_binary_authorization == true
	not unknown_legacy_flag
	msg := sprintf("cluster %s does not enforce Binary Authorization", [input.key])
}

deny contains {"msg": msg, "path": ["binary_authorization", i, "evaluation_mode"]} if {
	some i, ba in input.attributes.binary_authorization
	ba.evaluation_mode == "DISABLED"
	msg := sprintf("cluster %s sets Binary Authorization to DISABLED", [input.key])
}

# The deprecated enable_binary_authorization may be true: not judged.
unknown_legacy_flag if {
	v := input.attributes.enable_binary_authorization
	not is_boolean(v)
}

# Plans and state files report an argument that was not set as [] or "".
no_binary_authorization if not input.attributes.binary_authorization

no_binary_authorization if input.attributes.binary_authorization in {[], ""}
