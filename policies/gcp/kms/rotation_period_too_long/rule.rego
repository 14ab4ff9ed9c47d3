# METADATA
# title: Cloud KMS key is not rotated at least every 90 days
# description: >-
#   A symmetric encryption key with no rotation_period is never rotated, and one with a
#   period over 90 days keeps encrypting new data with the same key material for longer,
#   which widens what a leaked or cryptanalysed version exposes. Asymmetric and MAC keys,
#   which Cloud KMS cannot rotate automatically, are not judged.
# custom:
#   id: PLB-GCP-KMS-001
#   severity: medium
#   types: [google_kms_crypto_key]
#   remediation: Set rotation_period = "7776000s" (90 days) or shorter on the key.
#   controls:
#     nist-800-53: ["SC-12"]
#     pci-dss: ["3.7.4"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.gcp.kms.rotation_period_too_long

import rego.v1

max_seconds := 7776000

deny contains {"msg": msg, "path": ["rotation_period"]} if {
	symmetric
	no_rotation_period
	msg := sprintf("key %s is never rotated (no rotation_period)", [input.key])
}

deny contains {"msg": msg, "path": ["rotation_period"]} if {
	symmetric
	period := input.attributes.rotation_period
	is_string(period)
	regex.match(`^[0-9]+(\.[0-9]+)?s$`, period)
	to_number(trim_suffix(period, "s")) > max_seconds
	msg := sprintf("key %s is rotated every %s, more than 90 days", [input.key, period])
}

# purpose defaults to ENCRYPT_DECRYPT.
symmetric if not input.attributes.purpose

symmetric if input.attributes.purpose == "ENCRYPT_DECRYPT"

# Plans and state files report an argument that was not set as [] or "".
no_rotation_period if not input.attributes.rotation_period

no_rotation_period if input.attributes.rotation_period in {[], ""}
