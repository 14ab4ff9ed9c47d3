# METADATA
# title: EFS file system is not encrypted at rest
# description: >-
#   An EFS file system stores its files and metadata unencrypted unless encrypted = true is
#   set when it is created; the provider's default is false and encryption cannot be turned
#   on later.
# custom:
#   id: PLB-AWS-EFS-001
#   severity: high
#   types: [aws_efs_file_system]
#   remediation: >-
#     Set encrypted = true (and kms_key_id to a customer managed key) on the
#     aws_efs_file_system; move the data of an existing file system to a new encrypted
#     one (for example with AWS DataSync).
#   controls:
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.24"]
#     gdpr: ["Art.32"]
#     cis-aws: ["2.4.1"]
#   fix:
#     set: {path: [encrypted], value: true}
package plumb.rules.aws.efs.not_encrypted

import rego.v1

attr_set if _ = input.attributes.encrypted

deny contains {"msg": msg, "path": []} if {
	not attr_set
	msg := sprintf("%s does not set encrypted, so its files are stored unencrypted", [input.key])
}

deny contains {"msg": msg, "path": ["encrypted"]} if {
	input.attributes.encrypted == false
	msg := sprintf("%s sets encrypted = false, so its files are stored unencrypted", [input.key])
}
