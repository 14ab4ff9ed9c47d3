package plumb.lib.azure

# Helpers over a network security rule: an element of an azurerm_network_security_group's
# security_rule list (inline or merged from azurerm_network_security_rule), or a standalone
# azurerm_network_security_rule's attributes, which have the same names.

# nsg_inbound_allow(rule) is true for a rule that admits inbound traffic.
nsg_inbound_allow(rule) if {
	_lower(rule.direction) == "inbound"
	_lower(rule.access) == "allow"
}

# nsg_internet_sources(rule) is the set of paths, relative to the rule, of the source
# prefixes that stand for every address: "*", "Internet", "Any", 0.0.0.0/0 or ::/0.
nsg_internet_sources(rule) := {p |
	some p in _source_paths(rule)
	_lower(object.get(rule, p, "")) in _everyone
}

_everyone := {"*", "internet", "any", "0.0.0.0", "0.0.0.0/0", "::/0", "/0"}

_source_paths(rule) := {["source_address_prefix"]} | {["source_address_prefixes", j] | some j, _ in rule.source_address_prefixes}

# nsg_allows_port(rule, protocol, port) is true when the rule's protocol is protocol
# ("tcp", "udp") or "*", and one of its destination port ranges contains port.
nsg_allows_port(rule, protocol, port) if {
	_lower(rule.protocol) in {"*", protocol}
	some r in _dest_ranges(rule)
	_range_has(r, port)
}

# nsg_all_ports(rule) is true when one destination range is every port of every protocol.
nsg_all_ports(rule) if {
	rule.protocol == "*"
	some r in _dest_ranges(rule)
	_every_port(r)
}

_every_port(r) if r == "*"

_every_port(r) if {
	[lo, hi] := _bounds(r)
	lo <= 1
	hi == 65535
}

_dest_ranges(rule) := {r | some r in array.concat([object.get(rule, "destination_port_range", "")], object.get(rule, "destination_port_ranges", []))}

_range_has("*", _)

_range_has(r, port) if {
	[lo, hi] := _bounds(r)
	lo <= port
	port <= hi
}

_bounds(r) := [to_number(lo), to_number(hi)] if {
	is_string(r)
	[lo, hi] := split(trim_space(r), "-")
}

_bounds(r) := [n, n] if {
	is_string(r)
	not contains(r, "-")
	r != "*"
	r != ""
	n := to_number(trim_space(r))
}

# _lower is lower() on strings only: an unknown value is an object and matches nothing.
_lower(s) := lower(s) if is_string(s)

# nsg_rules is the set of [path, rule] pairs a network rule judges on the current input:
# each element of an azurerm_network_security_group's security_rule list (inline or merged)
# with its path, and a standalone azurerm_network_security_rule (one whose group is not in
# the scan) with the empty path. The standalone rule's fields are named one by one so that a
# rule importing this package reads only them, not every attribute of the resource.
nsg_rules contains [["security_rule", i], r] if some i, r in input.attributes.security_rule

nsg_rules contains [[], r] if {
	input.type == "azurerm_network_security_rule"
	r := {k: v | some [k, v] in _rule_field}
}

_rule_field contains ["direction", v] if v := input.attributes.direction

_rule_field contains ["access", v] if v := input.attributes.access

_rule_field contains ["protocol", v] if v := input.attributes.protocol

_rule_field contains ["destination_port_range", v] if v := input.attributes.destination_port_range

_rule_field contains ["destination_port_ranges", v] if v := input.attributes.destination_port_ranges

_rule_field contains ["source_address_prefix", v] if v := input.attributes.source_address_prefix

_rule_field contains ["source_address_prefixes", v] if v := input.attributes.source_address_prefixes
