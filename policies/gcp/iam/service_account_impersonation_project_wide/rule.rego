# METADATA
# title: Service Account User or Token Creator granted on a whole project, folder or organization
# description: >-
#   roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator granted at project,
#   folder or organization level let the member act as every service account in that scope,
#   present and future, and so take every right those accounts hold. Grant them on the one
#   service account the member needs.
# custom:
#   id: PLB-GCP-IAM-003
#   severity: high
#   types: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   remediation: >-
#     Remove the project-level grant and use google_service_account_iam_member on the specific
#     service account the member must act as.
#   controls:
#     nist-800-53: ["AC-6", "AC-5"]
#     pci-dss: ["7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.3", "A.8.2"]
package plumb.rules.gcp.iam.service_account_impersonation_project_wide

import rego.v1

impersonation_roles := {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

deny contains {"msg": msg, "path": ["iam_bindings", i, "role"]} if {
	some i, binding in input.attributes.iam_bindings
	binding.role in impersonation_roles
	msg := sprintf("%s grants %s over every service account in its scope", [input.key, binding.role])
}
