# METADATA
# title: Redshift cluster does not keep audit logs
# description: >-
#   Redshift audit logging records connections, user changes and (with user activity
#   logging) every query. It is on only when the cluster has logging { enable = true } (AWS
#   provider 5) or a separate aws_redshift_logging resource, which Plumb merges into the
#   cluster.
# custom:
#   id: PLB-AWS-REDSHIFT-003
#   severity: medium
#   types: [aws_redshift_cluster]
#   remediation: >-
#     Add an aws_redshift_logging resource (log_destination_type = "cloudwatch" or an S3
#     bucket) for the cluster, and set enable_user_activity_logging in its parameter
#     group.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.redshift.audit_logging_disabled

import rego.v1

logging_block if count(input.attributes.logging) > 0

deny contains {"msg": msg, "path": []} if {
	not logging_block
	msg := sprintf("Redshift cluster %s keeps no audit logs", [input.key])
}

deny contains {"msg": msg, "path": ["logging", i, "enable"]} if {
	some i, block in input.attributes.logging
	block.enable == false
	msg := sprintf("Redshift cluster %s turns audit logging off", [input.key])
}
