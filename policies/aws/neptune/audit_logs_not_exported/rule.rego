# METADATA
# title: Neptune cluster does not export audit logs
# description: >-
#   Neptune writes who connected and which queries they ran to its audit log, which leaves
#   the cluster only when enable_cloudwatch_logs_exports includes "audit" (and the cluster
#   parameter group sets neptune_enable_audit_log = 1).
# custom:
#   id: PLB-AWS-NEPTUNE-003
#   severity: medium
#   types: [aws_neptune_cluster]
#   remediation: >-
#     Add "audit" to enable_cloudwatch_logs_exports on the aws_neptune_cluster and set
#     neptune_enable_audit_log = 1 in its aws_neptune_cluster_parameter_group.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.neptune.audit_logs_not_exported

import rego.v1

exports_set if _ = input.attributes.enable_cloudwatch_logs_exports

deny contains {"msg": msg, "path": []} if {
	not exports_set
	msg := sprintf("Neptune cluster %s exports no logs, so its audit log is not kept", [input.key])
}

deny contains {"msg": msg, "path": ["enable_cloudwatch_logs_exports"]} if {
	exports := input.attributes.enable_cloudwatch_logs_exports
	is_array(exports)
	not "audit" in exports
	msg := sprintf("Neptune cluster %s does not export its audit log", [input.key])
}
