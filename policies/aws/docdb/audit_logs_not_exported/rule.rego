# METADATA
# title: DocumentDB cluster does not export audit logs
# description: >-
#   DocumentDB records authentication attempts, user and role changes and DDL operations in
#   its audit log only when the audit log is exported: enabled_cloudwatch_logs_exports must
#   include "audit" (and the cluster parameter group must set audit_logs to enabled).
#   Without it there is no record of who connected or changed what.
# custom:
#   id: PLB-AWS-DOCDB-003
#   severity: medium
#   types: [aws_docdb_cluster]
#   remediation: >-
#     Add "audit" to enabled_cloudwatch_logs_exports on the aws_docdb_cluster and set the
#     audit_logs parameter to enabled in its aws_docdb_cluster_parameter_group.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.docdb.audit_logs_not_exported

import rego.v1

exports_set if _ = input.attributes.enabled_cloudwatch_logs_exports

deny contains {"msg": msg, "path": []} if {
	not exports_set
	msg := sprintf("DocumentDB cluster %s exports no logs, so its audit log is not kept", [input.key])
}

deny contains {"msg": msg, "path": ["enabled_cloudwatch_logs_exports"]} if {
	exports := input.attributes.enabled_cloudwatch_logs_exports
	is_array(exports)
	not "audit" in exports
	msg := sprintf("DocumentDB cluster %s does not export its audit log", [input.key])
}
