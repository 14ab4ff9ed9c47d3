# METADATA
# title: Project, folder or organization IAM grants a role to allUsers or allAuthenticatedUsers
# description: >-
#   A binding for allUsers or allAuthenticatedUsers at project, folder or organization level
#   gives anyone on the internet (or anyone with any Google account) that role on every
#   resource below it.
# custom:
#   id: PLB-GCP-IAM-005
#   severity: critical
#   types: [google_project_iam_member, google_project_iam_binding, google_project_iam_policy, google_folder_iam_member, google_folder_iam_binding, google_folder_iam_policy, google_organization_iam_member, google_organization_iam_binding, google_organization_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the binding and grant the role to named
#     users, groups or service accounts (and enforce the iam.allowedPolicyMemberDomains
#     organisation policy).
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.iam.project_public_member

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("IAM %s grants %v to %s", [input.key, binding.role, member])
}
