# METADATA
# title: Default network ACL allows SSH or RDP from the whole internet
# description: >-
#   The default network ACL guards every subnet that is given no ACL of its own. An inbound
#   entry that allows TCP 22 or 3389 from 0.0.0.0/0 or ::/0 removes that subnet-level guard
#   for remote administration ports.
# custom:
#   id: PLB-AWS-VPC-013
#   severity: medium
#   types: [aws_default_network_acl]
#   remediation: >-
#     Narrow cidr_block / ipv6_cidr_block of the allow entry to your VPN or bastion ranges, or
#     add a lower-numbered deny entry for ports 22 and 3389 from the internet.
#   controls:
#     cis-aws: ["5.1"]
#     nist-800-53: ["SC-7", "AC-17"]
#     pci-dss: ["1.3.1"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.default_nacl_admin_ports_open_to_world

import rego.v1

admin_ports := {22: "SSH", 3389: "RDP"}

world := {"cidr_block": "0.0.0.0/0", "ipv6_cidr_block": "::/0"}

# aws_default_network_acl keeps only the entries written in it: with no ingress block, every
# inbound entry is removed.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, entry in input.attributes.ingress
	is_string(entry.action)
	lower(entry.action) == "allow"
	some field, cidr in world
	entry[field] == cidr
	names := exposed(entry.protocol, object.get(entry, "from_port", null), object.get(entry, "to_port", null))
	count(names) > 0
	msg := sprintf("default network ACL %s allows %s from %s", [input.key, concat(" and ", names), cidr])
}

exposed(protocol, from, to) := sort([name |
	some port, name in admin_ports
	allows_tcp_port(protocol, from, to, port)
])

# Protocol "-1" (or "all") admits every port, whatever from_port and to_port say.
allows_tcp_port(protocol, _, _, _) if protocol_name(protocol) in {"-1", "all"}

allows_tcp_port(protocol, from, to, port) if {
	protocol_name(protocol) in {"tcp", "6"}
	is_number(from)
	is_number(to)
	from <= port
	port <= to
}

protocol_name(x) := lower(x) if is_string(x)

protocol_name(x) := format_int(x, 10) if is_number(x)
