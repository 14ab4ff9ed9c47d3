# METADATA
# title: Cloud Storage bucket does not enforce public access prevention
# description: >-
#   With public_access_prevention unset or "inherited", the bucket can be made public by a
#   later IAM grant to allUsers or allAuthenticatedUsers, unless an organisation policy says
#   otherwise. Enforcing it makes any such grant ineffective.
# custom:
#   id: PLB-GCP-GCS-006
#   severity: medium
#   types: [google_storage_bucket]
#   remediation: >-
#     Set public_access_prevention = "enforced" on buckets that must never be public (or enforce
#     the storage.publicAccessPrevention organisation policy constraint).
#   controls:
#     nist-800-53: ["AC-3", "AC-21"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.3"]
package plumb.rules.gcp.gcs.public_access_prevention_off

import rego.v1

deny contains {"msg": msg, "path": ["public_access_prevention"]} if {
	no_public_access_prevention
	msg := sprintf("bucket %s does not enforce public access prevention", [input.key])
}

deny contains {"msg": msg, "path": ["public_access_prevention"]} if {
	input.attributes.public_access_prevention == "inherited"
	msg := sprintf("bucket %s leaves public access prevention to inheritance", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_public_access_prevention if not input.attributes.public_access_prevention

no_public_access_prevention if input.attributes.public_access_prevention in {[], ""}
