# METADATA
# title: Owner or Editor basic role granted to a user, group or domain
# description: >-
#   The Owner and Editor basic roles carry thousands of permissions across every service, so a
#   person holding one at project, folder or organization level can read and change almost
#   anything, and a phished account of theirs can too. Predefined or custom roles grant only
#   what the job needs.
# custom:
#   id: PLB-GCP-IAM-001
#   severity: high
#   types: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   remediation: >-
#     Replace roles/owner and roles/editor with predefined roles for the services the person
#     works on; keep Owner for a break-glass group with few members.
#   controls:
#     nist-800-53: ["AC-6"]
#     pci-dss: ["7.2.1", "7.2.2"]
#     soc2: ["CC6.3"]
#     iso-27001: ["A.5.15", "A.8.2"]
package plumb.rules.gcp.iam.basic_role_to_user

import rego.v1

basic_roles := {"roles/owner", "roles/editor"}

people := ["user:", "group:", "domain:"]

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	binding.role in basic_roles
	some j, member in binding.members
	is_string(member)
	some prefix in people
	startswith(member, prefix)
	msg := sprintf("%s grants the basic role %s to %s", [input.key, binding.role, member])
}
