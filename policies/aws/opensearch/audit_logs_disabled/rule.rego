# METADATA
# title: OpenSearch domain does not publish audit logs
# description: >-
#   Audit logs record who searched, read, changed or was refused which index. A domain
#   publishes them only with a log_publishing_options block of log_type AUDIT_LOGS that is
#   not disabled (audit logging also needs fine-grained access control).
# custom:
#   id: PLB-AWS-OPENSEARCH-005
#   severity: medium
#   types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   remediation: >-
#     Add log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn =
#     ... } with an aws_cloudwatch_log_resource_policy that lets OpenSearch write to the
#     group, and enable fine-grained access control.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.aws.opensearch.audit_logs_disabled

import rego.v1

audit_option contains i if {
	some i, opt in input.attributes.log_publishing_options
	opt.log_type == "AUDIT_LOGS"
}

deny contains {"msg": msg, "path": []} if {
	count(audit_option) == 0
	msg := sprintf("domain %s does not publish audit logs", [input.key])
}

deny contains {"msg": msg, "path": ["log_publishing_options", i, "enabled"]} if {
	some i in audit_option
	input.attributes.log_publishing_options[i].enabled == false
	msg := sprintf("domain %s turns its audit log publishing off", [input.key])
}
