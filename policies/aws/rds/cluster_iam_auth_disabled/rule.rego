# METADATA
# title: RDS cluster does not use IAM database authentication
# description: >-
#   With IAM database authentication, applications connect with short-lived tokens issued to
#   their IAM role instead of long-lived database passwords that end up in configuration,
#   environment variables and CI logs. iam_database_authentication_enabled defaults to false.
#   Only the engines that support it (Aurora MySQL, Aurora PostgreSQL and Multi-AZ DB
#   clusters of MySQL and PostgreSQL) are judged.
# custom:
#   id: PLB-AWS-RDS-013
#   severity: low
#   types: [aws_rds_cluster]
#   remediation: >-
#     Set iam_database_authentication_enabled = true, create database users mapped to IAM and
#     grant rds-db:connect to the roles that need them.
#   controls:
#     nist-800-53: ["IA-2", "AC-2"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.5"]
#   fix:
#     set: {path: [iam_database_authentication_enabled], value: true}
package plumb.rules.aws.rds.cluster_iam_auth_disabled

import rego.v1

supported_engines := {"aurora", "aurora-mysql", "aurora-postgresql", "mysql", "postgres"}

engine_set if _ = input.attributes.engine

supported if not engine_set

supported if input.attributes.engine in supported_engines

auth_set if _ = input.attributes.iam_database_authentication_enabled

deny contains {"msg": msg, "path": []} if {
	supported
	not auth_set
	msg := sprintf("RDS cluster %s does not enable IAM database authentication", [input.key])
}

deny contains {"msg": msg, "path": ["iam_database_authentication_enabled"]} if {
	supported
	input.attributes.iam_database_authentication_enabled == false
	msg := sprintf("RDS cluster %s turns IAM database authentication off", [input.key])
}
