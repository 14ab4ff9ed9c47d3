# METADATA
# title: MySQL or MariaDB parameter group does not require TLS connections
# description: >-
#   require_secure_transport decides whether RDS for MySQL, RDS for MariaDB and Aurora MySQL
#   refuse connections without TLS. It is off by default in the mysql5.7, mysql8.0 and
#   mariadb10.x families (instance parameter groups) and in the aurora-mysql families (cluster
#   parameter groups), so a group of those families that does not turn it on lets clients send
#   credentials and data in clear text. A group that sets it to 0 or OFF is reported in every
#   family.
# custom:
#   id: PLB-AWS-RDS-012
#   severity: high
#   types: [aws_db_parameter_group, aws_rds_cluster_parameter_group]
#   remediation: >-
#     Add parameter { name = "require_secure_transport", value = "1" } (Aurora MySQL: in the
#     aws_rds_cluster_parameter_group), and make clients verify the RDS certificate.
#   controls:
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.aws.rds.mysql_secure_transport_off

import rego.v1

mysql_family if {
	some prefix in ["mysql", "mariadb", "aurora-mysql"]
	startswith(input.attributes.family, prefix)
}

# Where the parameter lives and defaults to off: instance groups of RDS MySQL and MariaDB,
# cluster groups of Aurora MySQL.
default_off if {
	input.type == "aws_db_parameter_group"
	input.attributes.family in {"mysql5.7", "mysql8.0"}
}

default_off if {
	input.type == "aws_db_parameter_group"
	startswith(input.attributes.family, "mariadb10.")
}

default_off if {
	input.type == "aws_rds_cluster_parameter_group"
	input.attributes.family in {"aurora-mysql5.7", "aurora-mysql8.0"}
}

off(v) if v in {"0", 0, false}

off(v) if {
	is_string(v)
	lower(v) in {"off", "false"}
}

secure_transport_set if {
	some p in input.attributes.parameter
	p.name == "require_secure_transport"
}

deny contains {"msg": msg, "path": ["parameter", i, "value"]} if {
	mysql_family
	some i, p in input.attributes.parameter
	p.name == "require_secure_transport"
	off(p.value)
	msg := sprintf("%s sets require_secure_transport to %v, so clients may connect without TLS", [input.key, p.value])
}

deny contains {"msg": msg, "path": []} if {
	default_off
	not secure_transport_set
	msg := sprintf("%s (family %s) does not set require_secure_transport = 1; by default clients may connect without TLS", [input.key, input.attributes.family])
}
