# METADATA
# title: Firewall rule allows RDP from the whole internet
# description: >-
#   An ingress firewall rule that admits TCP port 3389 from 0.0.0.0/0 or ::/0 puts Remote
#   Desktop on every instance it targets in front of password spraying and RDP exploits.
# custom:
#   id: PLB-GCP-COMPUTE-002
#   severity: high
#   types: [google_compute_firewall]
#   remediation: >-
#     Replace 0.0.0.0/0 and ::/0 in source_ranges with the ranges that need access (a VPN, a
#     bastion's address, Identity-Aware Proxy's 35.235.240.0/20 for TCP forwarding), or use
#     source_tags / source_service_accounts, or set disabled = true.
#   controls:
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.gcp.compute.firewall_rdp_open_to_world

import rego.v1

import data.plumb.lib.gcp

# Rules that open every port are reported once, by PLB-GCP-COMPUTE-004.
deny contains {"msg": msg, "path": ["source_ranges", k]} if {
	ingress
	enabled
	some k, cidr in input.attributes.source_ranges
	cidr in gcp.world_ranges
	some allow in input.attributes.allow
	not gcp.allow_all_ports(allow)
	gcp.allow_covers_tcp_port(allow, 3389)
	msg := sprintf("firewall rule %s allows RDP (port 3389) from %s", [input.key, cidr])
}

ingress if not input.attributes.direction

ingress if input.attributes.direction == "INGRESS"

# disabled defaults to false; an unknown value is not taken for either.
enabled if not input.attributes.disabled
