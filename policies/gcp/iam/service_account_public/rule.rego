# METADATA
# title: Service account can be used by allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a service account for allUsers or allAuthenticatedUsers lets anyone act
#   as it (with serviceAccountUser or TokenCreator) or change it, and so take every right the
#   account holds.
# custom:
#   id: PLB-GCP-IAM-006
#   severity: critical
#   types: [google_service_account, google_service_account_iam_member, google_service_account_iam_binding, google_service_account_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the service account's IAM members and
#     grant impersonation to named principals only.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.iam.service_account_public

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("service account %s grants %v to %s", [input.key, binding.role, member])
}
