# METADATA
# title: Security group allows database ports from the whole internet
# description: >-
#   Database and data-store ports (MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB,
#   Elasticsearch) open to 0.0.0.0/0 or ::/0 invite brute force and mass exploitation; many of
#   these engines ship with weak or no authentication. Data stores belong in private subnets,
#   reachable only from the application tier.
# custom:
#   id: PLB-AWS-VPC-004
#   severity: high
#   types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule]
#   remediation: >-
#     Remove 0.0.0.0/0 and ::/0 from the rule and admit the database port only from the
#     application's security group (source_security_group_id, or referenced_security_group_id
#     on aws_vpc_security_group_ingress_rule) or private CIDR ranges.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
#   fix:
#     none: the address range that needs the database is yours to choose
package plumb.rules.aws.vpc.sg_database_ports_open_to_world

import rego.v1

import data.plumb.lib.aws

database_ports := {
	3306: "MySQL",
	5432: "PostgreSQL",
	1433: "SQL Server",
	1521: "Oracle",
	6379: "Redis",
	27017: "MongoDB",
	9200: "Elasticsearch",
}

# Rules that open every port are reported once, by PLB-AWS-VPC-003.
deny contains {"msg": msg, "path": ["ingress", i, field]} if {
	some i, rule in input.attributes.ingress
	# The address check first: most rules are not open to the world, and it is cheap.
	some field in aws.b1_sg_world_cidr_fields(rule)
	not aws.b1_sg_rule_all_ports(rule)
	exposed := exposed_databases(rule)
	count(exposed) > 0
	msg := sprintf("security group %s allows %s from the whole internet", [input.key, concat(", ", exposed)])
}

deny contains {"msg": msg, "path": [field]} if {
	some [rule, field] in standalone
	not aws.b1_sg_rule_all_ports(rule)
	exposed := exposed_databases(rule)
	count(exposed) > 0
	msg := sprintf("security group rule %s allows %s from the whole internet", [input.key, concat(", ", exposed)])
}

exposed_databases(rule) := sort([sprintf("%s %d", [name, port]) |
	some port, name in database_ports
	aws.b1_sg_rule_covers_tcp_port(rule, port)
])

# A rule resource whose security group could not be resolved (its id comes from a data source
# or a module input) stays under its own type and is judged here on its own. Its attributes
# are named one by one so that the engine knows exactly what this rule reads.
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
