# METADATA
# title: ECR repository is not encrypted with a KMS key
# description: >-
#   By default images are encrypted with S3-managed AES-256 keys, which anyone allowed to pull
#   can read. Encrypting with a KMS key adds a key policy that must also allow the reader,
#   and records every decryption in CloudTrail.
# custom:
#   id: PLB-AWS-ECR-004
#   severity: low
#   types: [aws_ecr_repository]
#   remediation: >-
#     Add encryption_configuration { encryption_type = "KMS" kms_key = aws_kms_key.x.arn } to
#     the repository (this replaces the repository: push the images again).
#   controls:
#     nist-800-53: ["SC-28", "SC-12"]
#     pci-dss: ["3.5.1"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
package plumb.rules.aws.ecr.not_kms_encrypted

import rego.v1

# encryption_type defaults to AES256.
deny contains {"msg": msg, "path": ["encryption_configuration"]} if {
	not has_encryption_configuration
	msg := sprintf("ECR repository %s is encrypted with AES-256 S3-managed keys, not a KMS key", [input.key])
}

deny contains {"msg": msg, "path": ["encryption_configuration", i, "encryption_type"]} if {
	some i, config in input.attributes.encryption_configuration
	not config.encryption_type in {"KMS", "KMS_DSSE"}
	msg := sprintf("ECR repository %s is encrypted with AES-256 S3-managed keys, not a KMS key", [input.key])
}

has_encryption_configuration if count(input.attributes.encryption_configuration) > 0
