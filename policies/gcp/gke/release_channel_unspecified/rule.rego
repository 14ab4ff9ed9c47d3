# METADATA
# title: GKE cluster is not enrolled in a release channel
# description: >-
#   A cluster with release_channel { channel = "UNSPECIFIED" } leaves versions to be managed
#   by hand, and clusters managed by hand fall behind on security patches. New clusters join
#   the REGULAR channel when no release_channel is written.
# custom:
#   id: PLB-GCP-GKE-011
#   severity: low
#   types: [google_container_cluster]
#   remediation: Set release_channel { channel = "REGULAR" } (or "STABLE" / "RAPID").
#   controls:
#     nist-800-53: ["SI-2"]
#     pci-dss: ["6.3.3"]
#     soc2: ["CC7.1"]
#     iso-27001: ["A.8.8"]
package plumb.rules.gcp.gke.release_channel_unspecified

import rego.v1

deny contains {"msg": msg, "path": ["release_channel", i, "channel"]} if {
	some i, rc in input.attributes.release_channel
	rc.channel == "UNSPECIFIED"
	msg := sprintf("cluster %s is not enrolled in a release channel", [input.key])
}
