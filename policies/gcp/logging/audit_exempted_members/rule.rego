# METADATA
# title: Audit log configuration exempts members from logging
# description: >-
#   exempted_members in an audit_log_config stops Cloud Audit Logs from recording what those
#   principals do, so the accounts most worth watching (often the ones that asked to be
#   exempt) can act without a trace.
# custom:
#   id: PLB-GCP-LOGGING-001
#   severity: medium
#   types: [google_project_iam_audit_config, google_folder_iam_audit_config, google_organization_iam_audit_config]
#   remediation: Remove exempted_members from every audit_log_config block.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.gcp.logging.audit_exempted_members

import rego.v1

deny contains {"msg": msg, "path": ["audit_log_config", i, "exempted_members", j]} if {
	some i, config in input.attributes.audit_log_config
	some j, member in config.exempted_members
	msg := sprintf("%s exempts %v from %v audit logging", [input.key, member, config.log_type])
}
