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
	names := exposed(entry.protocol, object.get(entry, "from_port", null), object.get(entry, "to_port", null))
	count(names) > 0
	msg := sprintf("network ACL %s allows %s from %s", [input.key, concat(" and ", names), cidr])
}

# Separate aws_network_acl_rule resources. Attributes are named one by one so that the
# engine knows exactly which ones this rule reads.
deny contains {"msg": msg, "path": [field]} if {
	input.type == "aws_network_acl_rule"
	inbound
	lower(input.attributes.rule_action) == "allow"
	some [field, cidr] in rule_world_cidrs
	names := exposed(input.attributes.protocol, rule_port("from"), rule_port("to"))
	count(names) > 0
	msg := sprintf("network ACL rule %s allows %s from %s", [input.key, concat(" and ", names), cidr])
}

# egress defaults to false: an inbound entry.
inbound if input.attributes.egress == false

inbound if not has_egress

has_egress if _ = input.attributes.egress

rule_world_cidrs contains ["cidr_block", cidr] if {
	cidr := input.attributes.cidr_block
	cidr == world.cidr_block
}

rule_world_cidrs contains ["ipv6_cidr_block", cidr] if {
	cidr := input.attributes.ipv6_cidr_block
	cidr == world.ipv6_cidr_block
}

rule_port("from") := input.attributes.from_port

rule_port("to") := input.attributes.to_port

# null stands for a port that was not written.
default rule_port(_) := null

exposed(protocol, from, to) := sort([name |
	some port, name in admin_ports
	allows_tcp_port(protocol, from, to, port)
])

# Protocol "-1" (or "all") admits every port, whatever from_port and to_port say.
allows_tcp_port(protocol, _, _, _) if lower(format_int_or_string(protocol)) in {"-1", "all"}

allows_tcp_port(protocol, from, to, port) if {
	lower(format_int_or_string(protocol)) in {"tcp", "6"}
	is_number(from)
	is_number(to)
	from <= port
	port <= to
}

format_int_or_string(x) := x if is_string(x)

format_int_or_string(x) := format_int(x, 10) if is_number(x)
