# METADATA
# title: Firewall rule allows every port from the whole internet
# description: >-
#   An ingress firewall rule that admits all protocols, or every TCP, UDP or SCTP port, from
#   0.0.0.0/0 or ::/0 exposes every service on the instances it targets, including the ones
#   nobody meant to publish.
# custom:
#   id: PLB-GCP-COMPUTE-004
#   severity: critical
#   types: [google_compute_firewall]
#   remediation: >-
#     Replace 0.0.0.0/0 and ::/0 in source_ranges with the ranges that need access (a VPN, a
#     bastion's address, Identity-Aware Proxy's 35.235.240.0/20 for TCP forwarding), or use
#     source_tags / source_service_accounts, or set disabled = true.
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.firewall_all_ports_open_to_world

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["source_ranges", k]} if {
	ingress
	enabled
	some k, cidr in input.attributes.source_ranges
	cidr in gcp.world_ranges
	some allow in input.attributes.allow
	gcp.allow_all_ports(allow)
	msg := sprintf("firewall rule %s allows every %s port from %s", [input.key, lower(allow.protocol), cidr])
}

ingress if not input.attributes.direction

ingress if input.attributes.direction == "INGRESS"

# disabled defaults to false; an unknown value is not taken for either.
enabled if not input.attributes.disabled
