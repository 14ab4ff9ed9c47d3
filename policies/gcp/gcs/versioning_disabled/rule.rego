# METADATA
# title: Cloud Storage bucket versioning is not enabled
# description: >-
#   Without object versioning, an object that is overwritten or deleted (by mistake, a faulty
#   job or an attacker holding a stolen key) cannot be recovered. The google provider leaves
#   versioning off unless a versioning block enables it.
# custom:
#   id: PLB-GCP-GCS-003
#   severity: medium
#   types: [google_storage_bucket]
#   remediation: >-
#     Add versioning { enabled = true } to the bucket, with a lifecycle_rule that deletes
#     noncurrent versions after the period you need to keep them.
#   controls:
#     nist-800-53: ["CP-9"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     iso-27001: ["A.8.13"]
package plumb.rules.gcp.gcs.versioning_disabled

import rego.v1

deny contains {"msg": msg, "path": ["versioning"]} if {
	no_versioning
	msg := sprintf("bucket %s does not enable object versioning", [input.key])
}

deny contains {"msg": msg, "path": ["versioning", i, "enabled"]} if {
	some i, v in input.attributes.versioning
	v.enabled == false
	msg := sprintf("bucket %s turns object versioning off", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_versioning if not input.attributes.versioning

no_versioning if input.attributes.versioning in {[], ""}
