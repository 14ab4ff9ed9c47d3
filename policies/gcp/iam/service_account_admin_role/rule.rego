# METADATA
# title: Service account holds an Owner, Editor or administrator role
# description: >-
#   A service account's key or token is held by software: anything that can run as the
#   workload, read its key or impersonate the account gets its rights. With Owner, Editor or
#   an *Admin role at project, folder or organization level, one compromised workload
#   controls the whole scope.
# custom:
#   id: PLB-GCP-IAM-002
#   severity: high
#   types: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   remediation: >-
#     Grant the service account predefined or custom roles that cover only the API calls its
#     workload makes; move administration to people through a controlled process.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.8.2"]
package plumb.rules.gcp.iam.service_account_admin_role

import rego.v1

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	administrative(binding.role)
	some j, member in binding.members
	is_string(member)
	startswith(member, "serviceAccount:")
	msg := sprintf("%s grants %s to the service account %s", [input.key, binding.role, trim_prefix(member, "serviceAccount:")])
}

administrative(role) if role in {"roles/owner", "roles/editor"}

administrative(role) if {
	is_string(role)
	regex.match(`(?i)admin$`, role)
}
