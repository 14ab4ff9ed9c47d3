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
#   types: [aws_security_group]
#   remediation: >-
#     Remove 0.0.0.0/0 and ::/0 from the rule and admit the database port only from the
#     application's security group (source_security_group_id, or referenced_security_group_id
#     on aws_vpc_security_group_ingress_rule) or private CIDR ranges.
#   controls:
#     nist-800-53: ["SC-7"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     soc2: ["CC6.6"]
#     iso-27001: ["A.8.20"]
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
	not aws.b1_sg_rule_all_ports(rule)
	exposed := sort([sprintf("%s %d", [name, port]) |
		some port, name in database_ports
		aws.b1_sg_rule_covers_tcp_port(rule, port)
	])
	count(exposed) > 0
	some field in aws.b1_sg_world_cidr_fields(rule)
	msg := sprintf("security group %s allows %s from the whole internet", [input.key, concat(", ", exposed)])
}
