# Helpers for the S3, VPC, EC2 and ELB rules: which side of a security group rule is open to
# the internet, which ports a rule admits, and where each statement of a bucket policy sits.
# Every name starts with b1_ because other files share this package.
package plumb.lib.aws

import rego.v1

b1_world_cidrs := {"0.0.0.0/0", "::/0"}

# b1_sg_world_cidr_fields(rule) is the set of CIDR attributes of a canonical security group rule
# ("cidr_blocks", "ipv6_cidr_blocks") that hold an address range covering the whole internet.
b1_sg_world_cidr_fields(rule) := {f |
	some f in ["cidr_blocks", "ipv6_cidr_blocks"]
	some cidr in object.get(rule, f, [])
	is_string(cidr)
	cidr in b1_world_cidrs
}

# b1_protocol(x) is a security group rule protocol in the canonical form: a lower-case string
# ("TCP" → "tcp", -1 → "-1"). The adapter does this for merged rules; rule resources left
# standalone keep what was written.
b1_protocol(x) := lower(x) if is_string(x)

b1_protocol(x) := format_int(x, 10) if is_number(x)

# b1_sg_rule_all_traffic(rule) holds when the rule admits every protocol, and so every port.
b1_sg_rule_all_traffic(rule) if rule.protocol in {"-1", "all"}

b1_sg_rule_all_traffic(rule) if rule.protocol == -1

# b1_sg_rule_covers_tcp_port(rule, port) holds when the rule admits TCP traffic to port. Ports
# must be known numbers: an unknown bound never makes a rule match.
b1_sg_rule_covers_tcp_port(rule, _) if b1_sg_rule_all_traffic(rule)

b1_sg_rule_covers_tcp_port(rule, port) if {
	rule.protocol in {"tcp", "6"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}

# b1_sg_rule_all_ports(rule) holds when the rule admits every port of every protocol, or the
# whole port range of TCP or UDP.
b1_sg_rule_all_ports(rule) if b1_sg_rule_all_traffic(rule)

b1_sg_rule_all_ports(rule) if {
	rule.protocol in {"tcp", "udp", "6", "17"}
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= 1
	rule.to_port >= 65535
}

# b1_policy_statement_refs(raw) lists the statements of a policy document, each as
# {"path": <path of the statement inside the document>, "statement": <statement>}, whether
# Statement is a list or a single object. raw is the parsed document, or a JSON string the
# loader could not parse; anything else (unknown, malformed) gives [].
b1_policy_statement_refs(raw) := [{"path": ["Statement", i], "statement": s} |
	some i, s in b1_policy_doc(raw).Statement
	is_object(s)
] if {
	is_array(b1_policy_doc(raw).Statement)
} else := [{"path": ["Statement"], "statement": b1_policy_doc(raw).Statement}] if {
	is_object(b1_policy_doc(raw).Statement)
} else := []

b1_policy_doc(raw) := raw if {
	is_object(raw)
} else := json.unmarshal(raw) if {
	is_string(raw)
	json.is_valid(raw)
} else := {}

# b1_principal_is_everyone(p) holds when a policy Principal names every AWS identity: "*",
# {"AWS": "*"} or an AWS list containing "*".
b1_principal_is_everyone(p) if p == "*"

b1_principal_is_everyone(p) if p.AWS == "*"

b1_principal_is_everyone(p) if {
	is_array(p.AWS)
	"*" in p.AWS
}

# b1_policy_value_list(x) is x when it is a list, otherwise the one-element list [x].
b1_policy_value_list(x) := x if is_array(x)

b1_policy_value_list(x) := [x] if not is_array(x)
