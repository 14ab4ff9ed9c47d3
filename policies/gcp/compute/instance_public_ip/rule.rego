# METADATA
# title: Compute instance has an external IP address
# description: >-
#   An access_config block in a network interface gives the instance an external IPv4
#   address, so every port its firewall rules admit is reachable from the internet. Instances
#   should sit behind a load balancer, with Cloud NAT for outbound traffic and IAP for
#   administration.
# custom:
#   id: PLB-GCP-COMPUTE-009
#   severity: medium
#   types: [google_compute_instance, google_compute_instance_template]
#   remediation: >-
#     Remove the access_config block from the network interface; use Cloud NAT for outbound
#     traffic, a load balancer for inbound traffic and IAP TCP forwarding for SSH.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20", "A.8.22"]
package plumb.rules.gcp.compute.instance_public_ip

import rego.v1

deny contains {"msg": msg, "path": ["network_interface", i, "access_config", 0]} if {
	some i, nic in input.attributes.network_interface
	count(nic.access_config) > 0
	msg := sprintf("%s has an external IP address on network interface %d", [input.key, i])
}
