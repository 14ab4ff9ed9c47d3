package plumb.lib.aws

# rule_allows_port(rule, port) is true when a canonical security-group rule object (an
# element of ingress or egress) lets traffic reach port: protocol "-1" or "all" allows every
# port, whatever from_port and to_port say (they may be absent); otherwise port must lie in
# [from_port, to_port], a missing to_port meaning from_port.
rule_allows_port(rule, _) if _all_protocols(rule)

rule_allows_port(rule, port) if {
	not _all_protocols(rule)
	rule.from_port <= port
	port <= object.get(rule, "to_port", rule.from_port)
}

_all_protocols(rule) if lower(rule.protocol) in {"-1", "all"}

_all_protocols(rule) if rule.protocol == -1

# open_to_world(rule) is true when the rule admits every IPv4 address (0.0.0.0/0 in
# cidr_blocks) or every IPv6 address (::/0 in ipv6_cidr_blocks).
open_to_world(rule) if "0.0.0.0/0" in _as_list(rule.cidr_blocks)

open_to_world(rule) if "::/0" in _as_list(rule.ipv6_cidr_blocks)
