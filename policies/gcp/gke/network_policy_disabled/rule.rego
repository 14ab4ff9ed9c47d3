# METADATA
# title: GKE cluster does not enforce Kubernetes network policies
# description: >-
#   Without network policy enforcement, NetworkPolicy objects have no effect and every pod can
#   reach every other pod in the cluster, so one compromised workload can probe them all.
#   Clusters on GKE Dataplane V2 (ADVANCED_DATAPATH) and Autopilot clusters always enforce
#   network policies and are not judged.
# custom:
#   id: PLB-GCP-GKE-004
#   severity: medium
#   types: [google_container_cluster]
#   remediation: >-
#     Set datapath_provider = "ADVANCED_DATAPATH" on new clusters, or network_policy { enabled
#     = true } with addons_config { network_policy_config { disabled = false } }.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.2.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.gcp.gke.network_policy_disabled

import rego.v1

deny contains {"msg": msg, "path": ["network_policy"]} if {
	judged
	no_network_policy
	msg := sprintf("cluster %s does not enforce network policies", [input.key])
}

deny contains {"msg": msg, "path": ["network_policy", i, "enabled"]} if {
	judged
	some i, policy in input.attributes.network_policy
	not policy.enabled == true
	msg := sprintf("cluster %s does not enforce network policies", [input.key])
}

# datapath_provider and enable_autopilot default to the legacy datapath and a Standard
# cluster; an unknown value is not taken for either.
judged if {
	not input.attributes.datapath_provider
	not input.attributes.enable_autopilot
}

judged if {
	input.attributes.datapath_provider == "LEGACY_DATAPATH"
	not input.attributes.enable_autopilot
}

# Plans and state files report an argument that was not set as [] or "".
no_network_policy if not input.attributes.network_policy

no_network_policy if input.attributes.network_policy in {[], ""}
