# METADATA
# title: Cloud Storage bucket grants access to allUsers or allAuthenticatedUsers
# description: >-
#   An IAM binding on a bucket for allUsers makes its objects readable (or writable) by anyone
#   on the internet; allAuthenticatedUsers means anyone with any Google account, which is no
#   narrower in practice. The grant may come from google_storage_bucket_iam_member,
#   _iam_binding or _iam_policy.
# custom:
#   id: PLB-GCP-GCS-002
#   severity: critical
#   types: [google_storage_bucket, google_storage_bucket_iam_member, google_storage_bucket_iam_binding, google_storage_bucket_iam_policy]
#   remediation: >-
#     Remove allUsers and allAuthenticatedUsers from the bucket's IAM members, grant named
#     principals instead, and set public_access_prevention = "enforced" on the bucket. Serve
#     public content through a load balancer with Cloud CDN or signed URLs.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.gcs.public_iam_member

import rego.v1

import data.plumb.lib.gcp

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("bucket %s grants %v to %s", [input.key, binding.role, member])
}
