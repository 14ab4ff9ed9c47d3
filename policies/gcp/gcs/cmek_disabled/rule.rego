# METADATA
# title: Cloud Storage bucket is not encrypted with a customer-managed key
# description: >-
#   Without an encryption block naming a Cloud KMS key, objects are encrypted with keys Google
#   manages, so the organisation cannot rotate, disable or audit use of the key that protects
#   the data, nor make the data unreadable by revoking it.
# custom:
#   id: PLB-GCP-GCS-005
#   severity: low
#   types: [google_storage_bucket]
#   remediation: >-
#     Add encryption { default_kms_key_name = google_kms_crypto_key.<key>.id } and grant the
#     Cloud Storage service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.gcs.cmek_disabled

import rego.v1

deny contains {"msg": msg, "path": ["encryption"]} if {
	no_encryption
	msg := sprintf("bucket %s is encrypted with Google-managed keys only (no encryption block)", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_encryption if not input.attributes.encryption

no_encryption if input.attributes.encryption in {[], ""}
