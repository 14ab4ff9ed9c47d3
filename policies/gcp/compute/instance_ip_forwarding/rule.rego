# METADATA
# title: Compute instance can forward packets
# description: >-
#   can_ip_forward = true lets the instance send and receive packets whose addresses are not
#   its own, so a compromised instance can route, spoof or intercept traffic inside the
#   network. Only NAT gateways and network appliances need it.
# custom:
#   id: PLB-GCP-COMPUTE-008
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Remove can_ip_forward (it defaults to false) unless the instance is a router or network
#     appliance; use Cloud NAT instead of NAT instances.
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.22"]
package plumb.rules.gcp.compute.instance_ip_forwarding

import rego.v1

deny contains {"msg": msg, "path": ["can_ip_forward"]} if {
	input.attributes.can_ip_forward == true
	msg := sprintf("%s can forward packets that are not addressed to it (can_ip_forward = true)", [input.key])
}
