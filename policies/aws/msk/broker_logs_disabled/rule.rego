# METADATA
# title: MSK cluster does not deliver broker logs
# description: >-
#   Broker logs record authentication failures, authorisation denials and broker errors. An
#   MSK cluster keeps them only when logging_info.broker_logs delivers them to CloudWatch
#   Logs, Firehose or S3; by default none is enabled.
# custom:
#   id: PLB-AWS-MSK-005
#   severity: low
#   types: [aws_msk_cluster]
#   remediation: >-
#     Add logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = ...
#     } } } (or firehose / s3) to the aws_msk_cluster.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.msk.broker_logs_disabled

import rego.v1

delivering if {
	some info in input.attributes.logging_info
	some logs in info.broker_logs
	some target in ["cloudwatch_logs", "firehose", "s3"]
	some dest in logs[target]
	dest.enabled != false
}

deny contains {"msg": msg, "path": []} if {
	not delivering
	msg := sprintf("MSK cluster %s delivers its broker logs nowhere", [input.key])
}
