# METADATA
# title: Secret Manager secret grants access to allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a secret for allUsers or allAuthenticatedUsers lets anyone read the
#   credential it holds (with secretAccessor) or replace it.
# custom:
#   id: PLB-GCP-SECRETS-001
#   severity: critical
#   types: [google_secret_manager_secret, google_secret_manager_secret_iam_member, google_secret_manager_secret_iam_binding, google_secret_manager_secret_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the secret's IAM members and grant
#     roles/secretmanager.secretAccessor to the workloads' service accounts.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.secrets.secret_public

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("secret %s grants %v to %s", [input.key, binding.role, member])
}
