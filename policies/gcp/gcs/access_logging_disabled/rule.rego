# METADATA
# title: Cloud Storage bucket has no usage logging
# description: >-
#   Without a logging block, Cloud Storage writes no usage and storage logs for the bucket, so
#   requests to its objects (including anonymous ones, which Data Access audit logs do not
#   record) leave no trace to investigate.
# custom:
#   id: PLB-GCP-GCS-004
#   severity: low
#   types: [google_storage_bucket]
#   remediation: >-
#     Add logging { log_bucket = "<a bucket reserved for logs>" } to the bucket, or enable
#     Data Access audit logs for storage.googleapis.com.
#   controls:
#     nist-800-53: ["AU-2", "AU-12"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     iso-27001: ["A.8.15"]
package plumb.rules.gcp.gcs.access_logging_disabled

import rego.v1

deny contains {"msg": msg, "path": ["logging"]} if {
	no_logging
	msg := sprintf("bucket %s does not write usage logs (no logging block)", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_logging if not input.attributes.logging

no_logging if input.attributes.logging in {[], ""}
