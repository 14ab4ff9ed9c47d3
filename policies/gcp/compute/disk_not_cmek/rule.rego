# METADATA
# title: Persistent disk is not encrypted with a customer-managed or customer-supplied key
# description: >-
#   Without a disk_encryption_key naming a Cloud KMS key (or a customer-supplied key), the
#   disk is encrypted with keys Google manages, so the organisation cannot rotate, disable or
#   audit the key that protects its data.
# custom:
#   id: PLB-GCP-COMPUTE-017
#   severity: low
#   types: [google_compute_disk, google_compute_region_disk]
#   remediation: >-
#     Add disk_encryption_key { kms_key_self_link = google_kms_crypto_key.<key>.id } to the
#     disk and grant the Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.compute.disk_not_cmek

import rego.v1

key_settings := {"kms_key_self_link", "raw_key", "rsa_encrypted_key"}

deny contains {"msg": msg, "path": ["disk_encryption_key"]} if {
	no_disk_encryption_key
	msg := sprintf("disk %s is encrypted with Google-managed keys only", [input.key])
}

deny contains {"msg": msg, "path": ["disk_encryption_key", i]} if {
	some i, key in input.attributes.disk_encryption_key
	count(customer_keys(key)) == 0
	msg := sprintf("disk %s names no customer key in disk_encryption_key", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_disk_encryption_key if not input.attributes.disk_encryption_key

no_disk_encryption_key if input.attributes.disk_encryption_key in {[], ""}

# The key arguments written with a value: a state file reports unset ones as "", and an
# unknown value may be a key.
customer_keys(key) := {k | some k in key_settings; key[k] != ""}
