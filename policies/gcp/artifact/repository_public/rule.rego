# METADATA
# title: Artifact Registry repository grants access to allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a repository for allUsers or allAuthenticatedUsers lets anyone pull its
#   images and packages, which often carry internal code, configuration and secrets baked
#   into layers; a writer role lets anyone replace them.
# custom:
#   id: PLB-GCP-ARTIFACT-001
#   severity: high
#   types: [google_artifact_registry_repository, google_artifact_registry_repository_iam_member, google_artifact_registry_repository_iam_binding, google_artifact_registry_repository_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the repository's IAM members and grant
#     roles/artifactregistry.reader to the service accounts that pull from it.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.artifact.repository_public

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("repository %s grants %v to %s", [input.key, binding.role, member])
}
