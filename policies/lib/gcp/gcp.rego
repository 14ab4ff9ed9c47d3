# Helpers for the GCP rules: who counts as the public in an IAM binding, which ports a
# google_compute_firewall allow block admits, and how Compute Engine reads a metadata value
# as a boolean.
package plumb.lib.gcp

import rego.v1

# public_members are the IAM principals that stand for anyone on the internet and anyone
# holding any Google account.
public_members := {"allUsers", "allAuthenticatedUsers"}

world_ranges := {"0.0.0.0/0", "::/0"}

# allow_all_ports(allow) holds when an allow block admits every port: protocol "all" (which
# takes no ports), or TCP, UDP or SCTP with no port list or the whole range.
allow_all_ports(allow) if lower(allow.protocol) == "all"

allow_all_ports(allow) if {
	lower(allow.protocol) in {"tcp", "udp", "sctp"}
	no_ports(allow)
}

allow_all_ports(allow) if {
	lower(allow.protocol) in {"tcp", "udp", "sctp"}
	some p in allow.ports
	p in {"0-65535", "1-65535"}
}

no_ports(allow) if not "ports" in object.keys(allow)

no_ports(allow) if allow.ports == []

# allow_covers_tcp_port(allow, port) holds when the block admits TCP traffic to port. A port
# that is not a known number or range never matches.
allow_covers_tcp_port(allow, _) if allow_all_ports(allow)

allow_covers_tcp_port(allow, port) if {
	lower(allow.protocol) in {"tcp", "6"}
	some p in allow.ports
	port_in(p, port)
}

port_in(p, port) if {
	is_string(p)
	regex.match(`^[0-9]+$`, p)
	to_number(p) == port
}

port_in(p, port) if {
	is_string(p)
	regex.match(`^[0-9]+-[0-9]+$`, p)
	bounds := split(p, "-")
	to_number(bounds[0]) <= port
	port <= to_number(bounds[1])
}

port_in(p, port) if {
	is_number(p)
	p == port
}

# truthy(v) and falsy(v) read a Compute Engine metadata value as the guest environment does:
# true/false in any case, 1/0, yes/no, y/n, on/off. Anything else is neither.
truthy(v) if v == true

truthy(v) if {
	is_string(v)
	lower(v) in {"true", "1", "yes", "y", "on"}
}

falsy(v) if v == false

falsy(v) if {
	is_string(v)
	lower(v) in {"false", "0", "no", "n", "off"}
}
