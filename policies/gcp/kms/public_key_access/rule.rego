# METADATA
# title: Cloud KMS key or key ring grants access to allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a key or key ring for allUsers or allAuthenticatedUsers lets anyone use,
#   or manage, the keys that protect the organisation's data.
# custom:
#   id: PLB-GCP-KMS-002
#   severity: critical
#   types: [google_kms_crypto_key, google_kms_crypto_key_iam_member, google_kms_crypto_key_iam_binding, google_kms_crypto_key_iam_policy, google_kms_key_ring, google_kms_key_ring_iam_member, google_kms_key_ring_iam_binding, google_kms_key_ring_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the key's and key ring's IAM members and
#     grant roles to the service agents and groups that need them.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.kms.public_key_access

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("key %s grants %v to %s", [input.key, binding.role, member])
}
