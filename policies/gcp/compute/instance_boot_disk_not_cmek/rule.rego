# METADATA
# title: Compute instance boot disk is not encrypted with a customer-managed or customer-supplied key
# description: >-
#   Without kms_key_self_link (or a customer-supplied key) on the boot disk, its data is
#   encrypted with keys Google manages, so the organisation cannot rotate, disable or audit
#   the key that protects it.
# custom:
#   id: PLB-GCP-COMPUTE-016
#   severity: low
#   types: [google_compute_instance]
#   remediation: >-
#     Set boot_disk { kms_key_self_link = google_kms_crypto_key.<key>.id } and grant the
#     Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
#   controls:
#     nist-800-53: ["SC-12", "SC-28"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
package plumb.rules.gcp.compute.instance_boot_disk_not_cmek

import rego.v1

key_settings := {"kms_key_self_link", "disk_encryption_key_raw", "disk_encryption_key_rsa"}

deny contains {"msg": msg, "path": ["boot_disk", i]} if {
	some i, disk in input.attributes.boot_disk
	no_source(disk)
	count(customer_keys(disk)) == 0
	msg := sprintf("%s boot disk is encrypted with Google-managed keys only", [input.key])
}

# Plans and state files report an argument that was not set as [] or "".
no_source(disk) if not disk.source

no_source(disk) if disk.source in {[], ""}

# The key arguments written with a value: a state file reports unset ones as "", and an
# unknown value may be a key.
customer_keys(disk) := {k | some k in key_settings; disk[k] != ""}
