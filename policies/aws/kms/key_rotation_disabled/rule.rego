# METADATA
# title: KMS key does not rotate its key material
# description: >-
#   Yearly automatic rotation limits how much data any one version of the key material
#   protects and how long a leaked version stays useful, at no cost to callers: old versions
#   still decrypt. Rotation is off unless enable_key_rotation = true; the rule covers symmetric
#   encryption keys, the only kind AWS can rotate automatically.
# custom:
#   id: PLB-AWS-KMS-001
#   severity: medium
#   types: [aws_kms_key]
#   remediation: >-
#     Set enable_key_rotation = true on the aws_kms_key (optionally rotation_period_in_days,
#     90 to 2560 days; the default is 365).
#   controls:
#     cis-aws: ["3.6"]
#     nist-800-53: ["SC-12"]
#     pci-dss: ["3.7.4"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#   fix:
#     set: {path: [enable_key_rotation], value: true}
package plumb.rules.aws.kms.key_rotation_disabled

import rego.v1

# Asymmetric and HMAC keys cannot rotate automatically; an absent spec means
# SYMMETRIC_DEFAULT and an absent usage ENCRYPT_DECRYPT.
spec_set if _ = input.attributes.customer_master_key_spec

usage_set if _ = input.attributes.key_usage

symmetric_spec if not spec_set

symmetric_spec if input.attributes.customer_master_key_spec == "SYMMETRIC_DEFAULT"

encrypt_usage if not usage_set

encrypt_usage if input.attributes.key_usage == "ENCRYPT_DECRYPT"

rotatable if {
	symmetric_spec
	encrypt_usage
}

rotation_set if _ = input.attributes.enable_key_rotation

deny contains {"msg": msg, "path": []} if {
	rotatable
	not rotation_set
	msg := sprintf("KMS key %s does not enable automatic key rotation", [input.key])
}

deny contains {"msg": msg, "path": ["enable_key_rotation"]} if {
	rotatable
	input.attributes.enable_key_rotation == false
	msg := sprintf("KMS key %s sets enable_key_rotation = false", [input.key])
}
