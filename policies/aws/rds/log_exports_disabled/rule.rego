# METADATA
# title: RDS database does not export its logs to CloudWatch Logs
# description: >-
#   The database engine's logs (PostgreSQL logs, MySQL audit, error and slow query logs, SQL
#   Server and Oracle alert logs) stay on the instance, where they rotate away within days,
#   unless enabled_cloudwatch_logs_exports names them. Without them, failed logins, privilege
#   changes and suspicious queries leave no record to alert on or investigate.
# custom:
#   id: PLB-AWS-RDS-009
#   severity: medium
#   types: [aws_db_instance, aws_rds_cluster]
#   remediation: >-
#     Set enabled_cloudwatch_logs_exports to the engine's log types (for example
#     ["postgresql", "upgrade"] for PostgreSQL, ["audit", "error", "slowquery"] for MySQL and
#     Aurora MySQL), and give the log groups a retention period.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.rds.log_exports_disabled

import rego.v1

exports_set if _ = input.attributes.enabled_cloudwatch_logs_exports

deny contains {"msg": msg, "path": []} if {
	not exports_set
	msg := sprintf("%s exports no database logs to CloudWatch Logs", [input.key])
}

deny contains {"msg": msg, "path": ["enabled_cloudwatch_logs_exports"]} if {
	exports := input.attributes.enabled_cloudwatch_logs_exports
	is_array(exports)
	count(exports) == 0
	msg := sprintf("%s sets enabled_cloudwatch_logs_exports to an empty list, so no database logs leave the instance", [input.key])
}
