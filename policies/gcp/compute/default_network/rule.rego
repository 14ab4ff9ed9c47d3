# METADATA
# title: Project declares the default network
# description: >-
#   The network named "default" comes with pre-populated firewall rules that admit SSH, RDP
#   and ICMP from anywhere and all traffic between its subnets. A network designed for the
#   workload, with firewall rules written for it, should replace it.
# custom:
#   id: PLB-GCP-COMPUTE-018
#   severity: medium
#   types: [google_compute_network]
#   remediation: >-
#     Create a custom-mode network with its own name and firewall rules, move the workloads to
#     it and delete the default network (or enforce the compute.skipDefaultNetworkCreation
#     organisation policy).
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     pci-dss: ["1.2.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.gcp.compute.default_network

import rego.v1

deny contains {"msg": msg, "path": ["name"]} if {
	input.attributes.name == "default"
	msg := sprintf("network %s is the project's default network", [input.key])
}
