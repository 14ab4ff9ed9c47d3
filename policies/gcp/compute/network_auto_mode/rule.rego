# METADATA
# title: VPC network creates its subnets automatically
# description: >-
#   An auto-mode network gets a subnet in every region, with fixed ranges from 10.128.0.0/9,
#   whether the workload needs them or not; the ranges overlap those of every other auto-mode
#   network, which rules out peering them. The google provider creates auto-mode networks
#   unless auto_create_subnetworks = false.
# custom:
#   id: PLB-GCP-COMPUTE-019
#   severity: low
#   types: [google_compute_network]
#   remediation: >-
#     Set auto_create_subnetworks = false and declare the subnets the workload needs with
#     google_compute_subnetwork.
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.gcp.compute.network_auto_mode

import rego.v1

# The default network is reported by PLB-GCP-COMPUTE-018.
deny contains {"msg": msg, "path": ["auto_create_subnetworks"]} if {
	not input.attributes.auto_create_subnetworks == false
	not input.attributes.name == "default"
	msg := sprintf("network %s is an auto-mode network (auto_create_subnetworks is not false)", [input.key])
}
