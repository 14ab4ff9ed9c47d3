# METADATA
# title: Audit configuration for all services does not log data access
# description: >-
#   Admin Activity logs are always kept, but Data Access logs (DATA_READ, DATA_WRITE) are off
#   by default for most services. An allServices audit config that leaves one of them out
#   records no reads or writes of user data for that type, so data theft leaves no trace.
# custom:
#   id: PLB-GCP-LOGGING-002
#   severity: medium
#   types: [google_project_iam_audit_config, google_folder_iam_audit_config, google_organization_iam_audit_config]
#   remediation: >-
#     Add audit_log_config blocks for DATA_READ and DATA_WRITE (and ADMIN_READ) to the
#     allServices audit config.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.gcp.logging.audit_data_access_incomplete

import rego.v1

required := {"DATA_READ", "DATA_WRITE"}

deny contains {"msg": msg, "path": ["audit_log_config"]} if {
	input.attributes.service == "allServices"
	logged := {t | some config in input.attributes.audit_log_config; t := config.log_type}
	missing := required - logged
	count(missing) > 0
	msg := sprintf("%s does not log %v for all services", [input.key, sort(missing)])
}
