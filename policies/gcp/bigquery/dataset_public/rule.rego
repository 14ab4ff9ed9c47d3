# METADATA
# title: BigQuery dataset is readable by allUsers or allAuthenticatedUsers
# description: >-
#   An access entry or IAM binding on a dataset for allUsers, or for allAuthenticatedUsers
#   (any Google account), lets anyone query its tables. Grants may come from the dataset's
#   access blocks, google_bigquery_dataset_access, or google_bigquery_dataset_iam_*.
# custom:
#   id: PLB-GCP-BQ-001
#   severity: critical
#   types: [google_bigquery_dataset, google_bigquery_dataset_access, google_bigquery_dataset_iam_member, google_bigquery_dataset_iam_binding, google_bigquery_dataset_iam_policy]
#   remediation: >-
#     Remove access entries with special_group = "allAuthenticatedUsers" or iam_member =
#     "allUsers", and IAM bindings for those members; share data with named groups or through
#     Analytics Hub.
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.bigquery.dataset_public

import rego.v1

import data.plumb.lib.gcp

fields := ["special_group", "iam_member"]

# access blocks on the dataset.
deny contains {"msg": msg, "path": ["access", i, field]} if {
	some i, entry in input.attributes.access
	some field in fields
	entry[field] in gcp.public_members
	msg := sprintf("dataset %s gives %s access to %s", [input.key, object.get(entry, "role", "some"), entry[field]])
}

# A google_bigquery_dataset_access resource.
deny contains {"msg": msg, "path": [field]} if {
	input.type == "google_bigquery_dataset_access"
	some field in fields
	input.attributes[field] in gcp.public_members
	msg := sprintf("%s gives access to %s", [input.key, input.attributes[field]])
}

deny contains {"msg": msg, "path": ["iam_bindings", i, "members", j]} if {
	some i, binding in input.attributes.iam_bindings
	some j, member in binding.members
	member in gcp.public_members
	msg := sprintf("dataset %s grants %v to %s", [input.key, binding.role, member])
}
