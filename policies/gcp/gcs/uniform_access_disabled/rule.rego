# METADATA
# title: Cloud Storage bucket does not enforce uniform bucket-level access
# description: >-
#   Without uniform bucket-level access, every object can carry its own ACL, so access to the
#   data is decided object by object and cannot be audited from the bucket's IAM policy alone.
#   The google provider leaves it off unless uniform_bucket_level_access is set.
# custom:
#   id: PLB-GCP-GCS-001
#   severity: medium
#   types: [google_storage_bucket]
#   remediation: Set uniform_bucket_level_access = true on the bucket and grant access through IAM.
#   controls:
#     nist-800-53: ["AC-3", "AC-6"]
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.5.15", "A.8.3"]
package plumb.rules.gcp.gcs.uniform_access_disabled

import rego.v1

deny contains {"msg": msg, "path": ["uniform_bucket_level_access"]} if {
	not input.attributes.uniform_bucket_level_access == true
	msg := sprintf("bucket %s does not enforce uniform bucket-level access, so object ACLs still apply", [input.key])
}
