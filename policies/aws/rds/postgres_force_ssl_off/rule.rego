# METADATA
# title: PostgreSQL parameter group does not force TLS connections
# description: >-
#   rds.force_ssl = 0 lets clients connect to RDS for PostgreSQL and Aurora PostgreSQL without
#   TLS, sending passwords and query results in clear text across the network. The parameter
#   defaults to 1 from RDS for PostgreSQL 15, and to 0 in the postgres9 to postgres14
#   families, so a group of those families that does not set it leaves TLS optional. Aurora
#   cluster groups are judged only when they set the parameter.
# custom:
#   id: PLB-AWS-RDS-011
#   severity: high
#   types: [aws_db_parameter_group, aws_rds_cluster_parameter_group]
#   remediation: >-
#     Add parameter { name = "rds.force_ssl", value = "1" } to the parameter group, and make
#     clients connect with sslmode=verify-full against the RDS certificate bundle.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.rds.postgres_force_ssl_off

import rego.v1

postgres_family if {
	some prefix in ["postgres", "aurora-postgresql"]
	startswith(input.attributes.family, prefix)
}

# Families whose default leaves rds.force_ssl at 0.
old_default if {
	input.type == "aws_db_parameter_group"
	is_string(input.attributes.family)
	m := regex.find_all_string_submatch_n(`^postgres([0-9]+)`, input.attributes.family, 1)
	to_number(m[0][1]) < 15
}

off(v) if v in {"0", 0, false}

off(v) if {
	is_string(v)
	lower(v) in {"off", "false"}
}

force_ssl_set if {
	some p in input.attributes.parameter
	p.name == "rds.force_ssl"
}

deny contains {"msg": msg, "path": ["parameter", i, "value"]} if {
	postgres_family
	some i, p in input.attributes.parameter
	p.name == "rds.force_ssl"
	off(p.value)
	msg := sprintf("%s sets rds.force_ssl to %v, so clients may connect without TLS", [input.key, p.value])
}

deny contains {"msg": msg, "path": []} if {
	old_default
	not force_ssl_set
	msg := sprintf("%s (family %s) does not set rds.force_ssl = 1; its default lets clients connect without TLS", [input.key, input.attributes.family])
}
