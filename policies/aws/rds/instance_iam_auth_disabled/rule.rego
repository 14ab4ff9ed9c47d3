# METADATA
# title: RDS instance does not use IAM database authentication
# description: >-
#   With IAM database authentication, applications and people log in with short-lived tokens
#   tied to their IAM identity instead of static database passwords, and access is granted and
#   revoked in one place. The rule covers the engines that support it: MySQL, MariaDB and
#   PostgreSQL.
# custom:
#   id: PLB-AWS-RDS-005
#   severity: low
#   types: [aws_db_instance]
#   remediation: >-
#     Set iam_database_authentication_enabled = true, create database users mapped to IAM
#     (the rds_iam role on PostgreSQL, AWSAuthenticationPlugin on MySQL/MariaDB) and grant
#     rds-db:connect to the roles that need them.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
#   fix:
#     set: {path: [iam_database_authentication_enabled], value: true}
package plumb.rules.aws.rds.instance_iam_auth_disabled

import rego.v1

supported_engines := {"mysql", "mariadb", "postgres"}

supported if input.attributes.engine in supported_engines

iam_auth_set if _ = input.attributes.iam_database_authentication_enabled

deny contains {"msg": msg, "path": []} if {
	supported
	not iam_auth_set
	msg := sprintf("RDS instance %s (%s) does not enable IAM database authentication", [input.key, input.attributes.engine])
}

deny contains {"msg": msg, "path": ["iam_database_authentication_enabled"]} if {
	supported
	input.attributes.iam_database_authentication_enabled == false
	msg := sprintf("RDS instance %s sets iam_database_authentication_enabled = false", [input.key])
}
