# METADATA
# title: Security group allows Docker, kubelet or etcd APIs from the whole internet
# description: >-
#   The Docker daemon (2375/2376), the kubelet (10250/10255) and etcd (2379/2380) APIs hand
#   out control of every container on the host or the whole cluster state, secrets included.
#   Internet-wide scanners look for them, and an open one is used to run
#   containers or read credentials.
# custom:
#   id: PLB-AWS-VPC-015
#   severity: critical
#   types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   remediation: >-
#     Remove 0.0.0.0/0 and ::/0 from the rule; allow these ports only from the cluster's own
#     security groups (source_security_group_id / referenced_security_group_id).
#   controls:
#     nist-800-53: ["SC-7", "CM-7"]
#     pci-dss: ["1.3.1", "2.2.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
package plumb.rules.aws.vpc.sg_container_api_ports_open_to_world

import rego.v1

import data.plumb.lib.aws

service_ports := {
	2375: "Docker",
	2376: "Docker TLS",
	2379: "etcd client",
	2380: "etcd peer",
	10250: "kubelet",
	10255: "kubelet read-only",
}

# Rules that open every port are reported once, by PLB-AWS-VPC-003.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	# The address check first: most rules are not open to the world, and it is cheap.
	some field in aws.b1_sg_world_cidr_fields(rule)
	not aws.b1_sg_rule_all_ports(rule)
	names := exposed_services(rule)
	count(names) > 0
	msg := sprintf("security group %s allows container API %s from the whole internet", [input.key, concat(", ", names)])
}

deny contains {"msg": msg, "path": [field]} if {
	some [rule, field] in standalone
	not aws.b1_sg_rule_all_ports(rule)
	names := exposed_services(rule)
	count(names) > 0
	msg := sprintf("security group rule %s allows container API %s from the whole internet", [input.key, concat(", ", names)])
}

exposed_services(rule) := sort([sprintf("%s %d", [name, port]) |
	some port, name in service_ports
	aws.b1_sg_rule_covers_tcp_port(rule, port)
])

# A rule resource whose security group could not be resolved stays under its own type and is
# judged on its own. Its attributes are named one by one so that the engine knows exactly
# what this rule reads.
standalone contains [rule, field] if {
	input.type == "aws_security_group_rule"
	input.attributes.type == "ingress"
	rule := {
		"protocol": aws.b1_protocol(input.attributes.protocol),
		"from_port": input.attributes.from_port,
		"to_port": input.attributes.to_port,
	}
	some field in sg_rule_world
}

standalone contains [rule, field] if {
	input.type == "aws_vpc_security_group_ingress_rule"
	rule := {
		"protocol": aws.b1_protocol(input.attributes.ip_protocol),
		"from_port": vpc_rule_port("from"),
		"to_port": vpc_rule_port("to"),
	}
	some field in vpc_rule_world
}

sg_rule_world contains "cidr_blocks" if "0.0.0.0/0" in input.attributes.cidr_blocks

sg_rule_world contains "ipv6_cidr_blocks" if "::/0" in input.attributes.ipv6_cidr_blocks

vpc_rule_world contains "cidr_ipv4" if input.attributes.cidr_ipv4 == "0.0.0.0/0"

vpc_rule_world contains "cidr_ipv6" if input.attributes.cidr_ipv6 == "::/0"

vpc_rule_port("from") := input.attributes.from_port

vpc_rule_port("to") := input.attributes.to_port

# from_port and to_port are absent on an all-traffic (-1) rule.
default vpc_rule_port(_) := null
