# METADATA
# title: Network ACL allows SSH or RDP from the whole internet
# description: >-
#   A network ACL that allows inbound TCP 22 or 3389 from 0.0.0.0/0 or ::/0 removes the subnet
#   level guard for remote administration ports, leaving security groups as the only barrier
#   between the internet and SSH or Remote Desktop.
# custom:
#   id: PLB-AWS-VPC-008
#   severity: medium
#   types: [aws_network_acl, aws_network_acl_rule]
#   remediation: >-
#     Narrow cidr_block / ipv6_cidr_block of the allow entry to your VPN or bastion ranges, or
#     add a lower-numbered deny entry for ports 22 and 3389 from 0.0.0.0/0 and ::/0.
#   controls:
#     cis-aws: ["5.1"]
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.nacl_admin_ports_open_to_world

import rego.v1

admin_ports := {22: "SSH", 3389: "RDP"}

world := {"cidr_block": "0.0.0.0/0", "ipv6_cidr_block": "::/0"}

# Inline entries of aws_network_acl.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	input.type == "aws_network_acl"
	some i, entry in input.attributes.ingress
	lower(entry.action) == "allow"
	some field, cidr in world
	entry[field] == cidr
	names := exposed(entry)
	count(names) > 0
	msg := sprintf("network ACL %s allows %s from %s", [input.key, concat(" and ", names), cidr])
}

# Separate aws_network_acl_rule resources; egress defaults to false (an inbound entry).
deny contains {"msg": msg, "path": [field]} if {
	input.type == "aws_network_acl_rule"
	object.get(input.attributes, "egress", false) == false
	lower(input.attributes.rule_action) == "allow"
	some field, cidr in world
	input.attributes[field] == cidr
	names := exposed(input.attributes)
	count(names) > 0
	msg := sprintf("network ACL rule %s allows %s from %s", [input.key, concat(" and ", names), cidr])
}

exposed(entry) := sort([name |
	some port, name in admin_ports
	allows_tcp_port(entry, port)
])

# Protocol "-1" (or "all") admits every port, whatever from_port and to_port say.
allows_tcp_port(entry, _) if lower(format_int_or_string(entry.protocol)) in {"-1", "all"}

allows_tcp_port(entry, port) if {
	lower(format_int_or_string(entry.protocol)) in {"tcp", "6"}
	is_number(entry.from_port)
	is_number(entry.to_port)
	entry.from_port <= port
	port <= entry.to_port
}

format_int_or_string(x) := x if is_string(x)

format_int_or_string(x) := format_int(x, 10) if is_number(x)
